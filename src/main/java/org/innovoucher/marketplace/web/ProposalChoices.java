package org.innovoucher.marketplace.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.innovoucher.institution.Institution;
import org.innovoucher.institution.Institutions;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.EnterpriseId;
import org.innovoucher.shared.InstitutionId;
import org.innovoucher.shared.Money;
import org.innovoucher.shared.ServiceCategory;
import org.innovoucher.shared.VoucherId;
import org.innovoucher.voucher.Voucher;
import org.innovoucher.voucher.Vouchers;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/** What the proposal's pages offer to choose from: recognised institutions, their kinds of service, usable vouchers. */
@Component
class ProposalChoices {

	/** How many institutions one search shows; more words narrow it. */
	static final int INSTITUTIONS_SHOWN = 20;

	/** A voucher as the enterprise picks it: its serial, its program, what is left and until when. */
	record VoucherChoice(String id, String serialNumber, String programName, Money faceValue, Money balance,
			LocalDate validUntil) {
	}

	/** Institutions found for a search, and whether there were more than shown. */
	record Found(List<Institution> institutions, long total) {

		public boolean more() {
			return total > institutions.size();
		}
	}

	private final Institutions institutions;
	private final Vouchers vouchers;

	ProposalChoices(Institutions institutions, Vouchers vouchers) {
		this.institutions = institutions;
		this.vouchers = vouchers;
	}

	/** Recognised institutions by name or USCC, the one chosen before first. */
	Found institutions(String q, String chosenId) {
		var page = institutions.list(CurrentUser.require(), Institution.Status.RECOGNISED, null, null, q,
				org.springframework.data.domain.PageRequest.of(0, INSTITUTIONS_SHOWN, Sort.by("name")));
		List<Institution> shown = new ArrayList<>(page.items());
		if (chosenId != null && shown.stream().noneMatch(i -> i.getId().equals(chosenId))) {
			Institution chosen = institutions.get(InstitutionId.of(chosenId));
			if (chosen.isRecognised()) {
				shown.add(0, chosen);
			}
		}
		return new Found(shown, Math.max(page.total(), shown.size()));
	}

	/** The kinds of service the institution is recognised for, in the order of the list of categories. */
	List<ServiceCategory> categoriesOf(Institution institution) {
		return Arrays.stream(ServiceCategory.values()).filter(institution::offers).toList();
	}

	/** A category typed into a form, or null where it is none. */
	ServiceCategory category(String typed) {
		return Arrays.stream(ServiceCategory.values()).filter(c -> c.name().equals(typed)).findFirst().orElse(null);
	}

	List<VoucherChoice> vouchers(EnterpriseId enterprise) {
		return vouchers.usableBy(enterprise, CurrentUser.require()).stream().map(this::choice).toList();
	}

	/** The voucher chosen, as its holder sees it; null when it is not (or no longer) visible. */
	VoucherChoice voucher(String id) {
		try {
			return choice(vouchers.voucherVisible(VoucherId.of(id), CurrentUser.require()));
		}
		catch (org.innovoucher.shared.DomainException e) {
			return null;
		}
	}

	private VoucherChoice choice(Voucher v) {
		return new VoucherChoice(v.getId(), v.getSerialNumber(), vouchers.rulesOf(v).name(), v.getFaceValue(),
				v.getBalance(), v.getValidUntil());
	}
}
