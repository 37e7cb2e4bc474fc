package org.innovoucher.redemption;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.ErrorCode;

/**
 * A payment run was refused as a whole: nothing was paid. The problem's {@code refusals} name every
 * claim that stopped it and why; its code is the first kind found of: a claim not ready for payment
 * ({@code INVALID_STATE}), one the officer approved ({@code SEPARATION_OF_DUTIES}), a payee without a
 * bank account ({@code BANK_ACCOUNT_MISSING}).
 */
public class PaymentRunRefused extends DomainException {

	/** One claim the run cannot pay, and why. */
	public record Refusal(String redemptionId, ErrorCode code, String detail) {
	}

	private static final List<ErrorCode> PRECEDENCE = List.of(ErrorCode.INVALID_STATE, ErrorCode.SEPARATION_OF_DUTIES,
			ErrorCode.BANK_ACCOUNT_MISSING);

	private final transient List<Refusal> refusals;

	PaymentRunRefused(List<Refusal> refusals) {
		super(codeOf(refusals), refusals.size() + " claim(s) of the run cannot be paid, so nothing was paid: "
				+ String.join("; ", refusals.stream().map(r -> r.redemptionId() + " " + r.detail()).toList()));
		this.refusals = List.copyOf(refusals);
	}

	private static ErrorCode codeOf(List<Refusal> refusals) {
		EnumSet<ErrorCode> found = EnumSet.noneOf(ErrorCode.class);
		refusals.forEach(r -> found.add(r.code()));
		return PRECEDENCE.stream().filter(found::contains).findFirst().orElse(ErrorCode.INVALID_STATE);
	}

	public List<Refusal> refusals() {
		return refusals;
	}

	@Override
	public Map<String, Object> properties() {
		return Map.of("refusals", refusals.stream()
			.map(r -> Map.of("redemptionId", r.redemptionId(), "code", r.code().name(), "detail", r.detail()))
			.toList());
	}
}
