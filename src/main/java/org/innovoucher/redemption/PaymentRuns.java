package org.innovoucher.redemption;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.innovoucher.policy.Programs;
import org.innovoucher.shared.BusinessClock;
import org.innovoucher.shared.ClaimId;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.ErrorCode;
import org.innovoucher.shared.Ids;
import org.innovoucher.shared.PageResult;
import org.innovoucher.shared.ProgramId;
import org.innovoucher.shared.Regions;
import org.innovoucher.shared.Role;
import org.innovoucher.shared.TextLimits;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The finance officer pays claims in runs (domain.md, "Payment runs"): every claim of a run is paid
 * in one transaction, or none is. A repeat of the same request with its {@code Idempotency-Key}
 * gets the first answer (the web filter); without it the claims' own states refuse a second payment,
 * and a claim is in one run at most (the table's unique key). Locks: the run (on release) before its
 * claims, the claims in id order, all of them before the first posting takes the ledger book.
 */
@Service
public class PaymentRuns {

	/** What a finance officer asks to be paid. */
	public record Request(List<String> redemptionIds, LocalDate paidOn, String reference) {
	}

	private final PaymentRunRepository runs;
	private final ClaimAccess access;
	private final ClaimSettlement settlement;
	private final ClaimPayees payees;
	private final Programs programs;
	private final Regions regions;
	private final BusinessClock clock;

	PaymentRuns(PaymentRunRepository runs, ClaimAccess access, ClaimSettlement settlement, ClaimPayees payees,
			Programs programs, Regions regions, BusinessClock clock) {
		this.runs = runs;
		this.access = access;
		this.settlement = settlement;
		this.payees = payees;
		this.programs = programs;
		this.regions = regions;
		this.clock = clock;
	}

	@Transactional
	public PaymentRun record(Request request, CurrentUser user) {
		if (!user.has(Role.FINANCE_OFFICER)) {
			throw DomainException.forbidden("requires role " + Role.FINANCE_OFFICER);
		}
		List<String> ids = checked(request);
		String reference = request.reference().strip();
		if (runs.existsByReference(reference)) {
			throw new DomainException(ErrorCode.DUPLICATE_REFERENCE, "a payment run with reference " + reference
					+ " is already recorded");
		}
		List<Redemption> claims = lockInIdOrder(ids, user);
		Set<String> programIds = new HashSet<>();
		claims.forEach(c -> programIds.add(c.getProgramId()));
		if (programIds.size() > 1) {
			// one run is one payment instruction of one paying authority: the program's
			throw DomainException.invalid("redemptionIds", "claims of one program per run");
		}
		List<PaymentRunRefused.Refusal> refusals = new ArrayList<>();
		List<PaymentRunItem> items = new ArrayList<>();
		for (String id : ids) {
			Redemption claim = claims.stream().filter(c -> c.getId().equals(id)).findFirst().orElseThrow();
			refusals.addAll(refusals(claim, user, null));
			ClaimPayees.Payee payee = payees.of(claim);
			if (payee.bankAccount() == null) {
				refusals.add(new PaymentRunRefused.Refusal(id, ErrorCode.BANK_ACCOUNT_MISSING,
						"the " + payee.type().name().toLowerCase() + " " + payee.name()
								+ " has not named the bank account it is paid to"));
			}
			else {
				items.add(new PaymentRunItem(id, claim.getApprovedAmount(), payee.type(), payee.id(), payee.name(),
						payee.bankAccount()));
			}
		}
		if (!refusals.isEmpty()) {
			throw new PaymentRunRefused(refusals);
		}
		String programId = programIds.iterator().next();
		boolean needsRelease = programs.currentRules(ProgramId.of(programId)).payment()
			.needsRelease(items.stream().map(PaymentRunItem::amount).reduce(org.innovoucher.shared.Money.ZERO,
					org.innovoucher.shared.Money::plus));
		PaymentRun run = runs.save(PaymentRun.record(Ids.newId(), programId, user.regionCode(), reference,
				request.paidOn(), items, needsRelease, user.id(), clock.now()));
		if (run.paysNow()) {
			claims.forEach(claim -> settlement.payLocked(claim, run.getPaidOn(), run.getReference(), user));
		}
		return run;
	}

	/** A second finance officer releases a run that waited for it: then its claims are paid. */
	@Transactional
	public PaymentRun release(String runId, CurrentUser user) {
		if (!user.has(Role.FINANCE_OFFICER)) {
			throw DomainException.forbidden("requires role " + Role.FINANCE_OFFICER);
		}
		PaymentRun run = runs.findForUpdate(runId).orElseThrow(() -> DomainException.notFound("payment run", runId));
		requireVisible(run, user);
		run.release(user.id(), clock.now());
		List<Redemption> claims = lockInIdOrder(run.getItems().stream().map(PaymentRunItem::redemptionId).toList(), user);
		List<PaymentRunRefused.Refusal> refusals = new ArrayList<>();
		claims.forEach(claim -> refusals.addAll(refusals(claim, user, run.getId())));
		if (!refusals.isEmpty()) {
			throw new PaymentRunRefused(refusals);
		}
		PaymentRun released = runs.save(run);
		claims.forEach(claim -> settlement.payLocked(claim, run.getPaidOn(), run.getReference(), user));
		return released;
	}

	@Transactional(readOnly = true)
	public PaymentRun get(String runId, CurrentUser user) {
		if (!user.hasAny(Role.FINANCE_OFFICER, Role.SUPERVISOR)) {
			throw DomainException.forbidden("payment runs are for finance officers and supervisors");
		}
		PaymentRun run = runs.findById(runId).orElseThrow(() -> DomainException.notFound("payment run", runId));
		requireVisible(run, user);
		return run;
	}

	/** Runs recorded in the regions the caller covers, newest first. */
	@Transactional(readOnly = true)
	public PageResult<PaymentRun> list(CurrentUser user, Pageable paging) {
		if (!user.hasAny(Role.FINANCE_OFFICER, Role.SUPERVISOR)) {
			throw DomainException.forbidden("payment runs are for finance officers and supervisors");
		}
		return PageResult.of(runs.findInRegions(regions.scope(user.regionCode()), paging), r -> r);
	}

	private void requireVisible(PaymentRun run, CurrentUser user) {
		if (!user.isStaffCovering(run.getRegionCode(), regions)) {
			throw DomainException.notFound("payment run", run.getId());
		}
	}

	private List<String> checked(Request request) {
		List<String> ids = request.redemptionIds();
		if (ids == null || ids.isEmpty()) {
			throw DomainException.invalid("redemptionIds", "at least one claim");
		}
		if (ids.size() > TextLimits.LIST_ITEMS) {
			throw DomainException.invalid("redemptionIds", "at most " + TextLimits.LIST_ITEMS + " claims per run");
		}
		if (ids.stream().anyMatch(id -> id == null || id.isBlank() || id.length() > TextLimits.ID)) {
			throw DomainException.invalid("redemptionIds", "no empty or overlong ids");
		}
		if (new HashSet<>(ids).size() != ids.size()) {
			throw DomainException.invalid("redemptionIds", "each claim once");
		}
		if (request.paidOn() == null) {
			throw DomainException.invalid("paidOn", "required");
		}
		if (request.paidOn().isAfter(clock.today())) {
			throw DomainException.invalid("paidOn", "not in the future");
		}
		if (request.reference() == null || request.reference().isBlank()) {
			throw DomainException.invalid("reference", "required");
		}
		if (request.reference().strip().length() > TextLimits.SHORT_TEXT) {
			throw DomainException.invalid("reference", "at most " + TextLimits.SHORT_TEXT + " characters");
		}
		return ids;
	}

	/** Locks the claims in id order (the lock order), each seen by and in the region of the officer. */
	private List<Redemption> lockInIdOrder(List<String> ids, CurrentUser user) {
		List<Redemption> claims = new ArrayList<>();
		for (String id : ids.stream().sorted().toList()) {
			Redemption claim = access.lockVisible(ClaimId.of(id), user);
			access.requireStaff(claim, Role.FINANCE_OFFICER, user);
			claims.add(claim);
		}
		return claims;
	}

	/** Why this officer cannot pay this claim now (in run {@code ownRun}, if it has one yet), if anything stops it. */
	private List<PaymentRunRefused.Refusal> refusals(Redemption claim, CurrentUser user, String ownRun) {
		List<PaymentRunRefused.Refusal> refusals = new ArrayList<>();
		if (claim.getStatus() != Redemption.Status.READY_FOR_PAYMENT) {
			refusals.add(new PaymentRunRefused.Refusal(claim.getId(), ErrorCode.INVALID_STATE,
					"the claim is " + claim.getStatus() + ", not READY_FOR_PAYMENT"));
		}
		else {
			runs.findRunOf(claim.getId()).filter(other -> !other.equals(ownRun)).ifPresent(other -> refusals.add(new PaymentRunRefused.Refusal(claim.getId(),
					ErrorCode.INVALID_STATE, "the claim is in payment run " + other + " already")));
		}
		if (claim.isApprovedBy(user.id())) {
			refusals.add(new PaymentRunRefused.Refusal(claim.getId(), ErrorCode.SEPARATION_OF_DUTIES,
					"you approved this claim, so you do not record its payment"));
		}
		return refusals;
	}
}
