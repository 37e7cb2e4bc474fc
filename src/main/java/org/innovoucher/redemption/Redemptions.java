package org.innovoucher.redemption;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import org.innovoucher.audit.AuditTrail;
import org.innovoucher.enterprise.Enterprise;
import org.innovoucher.enterprise.Enterprises;
import org.innovoucher.ledger.Account;
import org.innovoucher.ledger.Ledger;
import org.innovoucher.ledger.Posting;
import org.innovoucher.ledger.TransactionType;
import org.innovoucher.marketplace.Contract;
import org.innovoucher.marketplace.Contracts;
import org.innovoucher.policy.ProgramRules;
import org.innovoucher.policy.SubsidySchedule;
import org.innovoucher.shared.BusinessClock;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.ErrorCode;
import org.innovoucher.shared.Ids;
import org.innovoucher.shared.Money;
import org.innovoucher.shared.PageResult;
import org.innovoucher.shared.Regions;
import org.innovoucher.shared.Role;
import org.innovoucher.shared.WorkingDays;
import org.innovoucher.voucher.Voucher;
import org.innovoucher.voucher.Vouchers;
import org.springframework.data.domain.Pageable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The redemption module's API. Every operation locks the claim row first, then (where it counts
 * against them) the enterprise, the voucher and the ledger book, always in that order.
 */
@Service
public class Redemptions {

	public record Claim(String contractId, Money paidAmount, String resultSummary, Outputs outputs) {
	}

	public enum Decision {
		APPROVE, REJECT, RETURN
	}

	private final RedemptionRepository redemptions;
	private final AttachmentRepository attachments;
	private final BankReferenceRepository references;
	private final EvidenceStore evidence;
	private final Contracts contracts;
	private final Vouchers vouchers;
	private final Enterprises enterprises;
	private final Ledger ledger;
	private final Regions regions;
	private final WorkingDays workingDays;
	private final BusinessClock clock;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;
	private final EvidenceInspection inspection;

	Redemptions(RedemptionRepository redemptions, AttachmentRepository attachments, BankReferenceRepository references,
			EvidenceStore evidence, Contracts contracts, Vouchers vouchers, Enterprises enterprises, Ledger ledger,
			Regions regions, WorkingDays workingDays, BusinessClock clock, AuditTrail audit,
			ApplicationEventPublisher events, EvidenceInspection inspection) {
		this.redemptions = redemptions;
		this.attachments = attachments;
		this.references = references;
		this.evidence = evidence;
		this.contracts = contracts;
		this.vouchers = vouchers;
		this.enterprises = enterprises;
		this.ledger = ledger;
		this.regions = regions;
		this.workingDays = workingDays;
		this.clock = clock;
		this.audit = audit;
		this.events = events;
		this.inspection = inspection;
	}

	@Transactional
	public Redemption create(Claim claim, CurrentUser user) {
		// the contract's row lock serialises claims against it: at most one open claim per contract
		Contract contract = contracts.lockVisible(claim.contractId(), user);
		Enterprise enterprise = claimant(contract.getEnterpriseId(), user);
		if (!contract.isClaimable()) {
			throw DomainException.invalidState("a claim needs a signed contract; this one is " + contract.getStatus());
		}
		boolean open = redemptions.findByContractId(contract.getId()).stream().anyMatch(r -> !r.getStatus().isClosed());
		if (open) {
			throw DomainException.invalidState("the contract already has a claim in progress");
		}
		requireValidPaid(claim.paidAmount(), contract);
		Voucher voucher = vouchers.requireUsable(contract.getVoucherId(), enterprise.getId());
		SubsidySchedule.Outcome outcome = estimate(voucher, enterprise, claim.paidAmount());
		Redemption redemption = redemptions.save(new Redemption(Ids.newId(), contract.getId(), voucher.getId(),
				enterprise.getId(), contract.getInstitutionId(), voucher.getProgramId(), enterprise.getRegionCode(),
				voucher.getBudgetRegionCode(), claim.paidAmount(), summary(claim.resultSummary()),
				claim.outputs() == null ? Outputs.NONE : claim.outputs(), outcome, user.id(), clock.now()));
		audit.record("CLAIM_CREATED", "REDEMPTION", redemption.getId(), null, redemption.getStatus().name(),
				"paid " + claim.paidAmount() + ", payable " + outcome.payable());
		return redemption;
	}

	/** The claimant changes a claim that is still its own (draft, returned or disputed). */
	@Transactional
	public Redemption revise(String id, Claim claim, CurrentUser user) {
		Redemption redemption = lockVisible(id, user);
		Enterprise enterprise = claimant(redemption.getEnterpriseId(), user);
		requireValidPaid(claim.paidAmount(), contracts.get(redemption.getContractId()));
		Voucher voucher = vouchers.requireUsable(redemption.getVoucherId(), enterprise.getId());
		redemption.revise(claim.paidAmount(), summary(claim.resultSummary()),
				claim.outputs() == null ? Outputs.NONE : claim.outputs(), estimate(voucher, enterprise, claim.paidAmount()));
		audit.record("CLAIM_REVISED", "REDEMPTION", id, redemption.getStatus().name(), redemption.getStatus().name(),
				"paid " + claim.paidAmount() + ", payable " + redemption.getPayableAmount());
		return redemption;
	}

	@Transactional
	public Attachment attach(String id, Attachment.Kind kind, String fileName, InputStream content, CurrentUser user) {
		Redemption redemption = lockVisible(id, user);
		claimant(redemption.getEnterpriseId(), user);
		if (!redemption.getStatus().isEditable()) {
			throw DomainException.invalidState("evidence cannot be added to a claim in status " + redemption.getStatus());
		}
		inspection.requireRoomFor(attachments.countByRedemptionId(id));
		EvidenceStore.Stored stored;
		try (InputStream inspected = inspection.inspect(fileName, content)) {
			stored = evidence.store(inspected);
		}
		catch (java.io.IOException e) {
			throw new IllegalStateException("evidence could not be stored", e);
		}
		String name = fileName == null || fileName.isBlank() ? kind.name().toLowerCase() : fileName;
		Attachment attachment = attachments.save(new Attachment(Ids.newId(), id, kind,
				name.length() > 255 ? name.substring(0, 255) : name, stored.contentType(), stored.size(), stored.sha256(),
				user.id(), clock.now()));
		audit.record("EVIDENCE_ADDED", "REDEMPTION", id, redemption.getStatus().name(), redemption.getStatus().name(),
				kind + " " + stored.sha256());
		return attachment;
	}

	public List<Attachment> attachments(String id, CurrentUser user) {
		getVisible(id, user);
		return attachments.findByRedemptionIdOrderByUploadedAt(id);
	}

	/** The attachment and its content, for those who may see the claim. */
	public record EvidenceFile(Attachment attachment, InputStream content) {
	}

	public EvidenceFile evidenceFile(String id, String attachmentId, CurrentUser user) {
		getVisible(id, user);
		Attachment attachment = attachments.findById(attachmentId)
			.filter(a -> a.getRedemptionId().equals(id))
			.orElseThrow(() -> DomainException.notFound("attachment", attachmentId));
		try {
			return new EvidenceFile(attachment, evidence.open(attachment.getSha256()));
		}
		catch (IOException e) {
			throw new IllegalStateException("evidence file " + attachment.getSha256() + " is missing", e);
		}
	}

	@Transactional
	public Redemption submit(String id, CurrentUser user) {
		Redemption redemption = lockVisible(id, user);
		Enterprise enterprise = claimant(redemption.getEnterpriseId(), user);
		EnumSet<Attachment.Kind> missing = EnumSet.allOf(Attachment.Kind.class);
		attachments.findByRedemptionIdOrderByUploadedAt(id).forEach(a -> missing.remove(a.getKind()));
		if (!missing.isEmpty()) {
			throw new DomainException(ErrorCode.EVIDENCE_MISSING, "evidence missing: " + missing);
		}
		Voucher voucher = vouchers.requireUsable(redemption.getVoucherId(), enterprise.getId());
		ProgramRules rules = vouchers.rulesOf(voucher);
		LocalDate today = clock.today();
		Redemption.Status before = redemption.submit(today,
				workingDays.addWorkingDays(today, rules.confirmWorkingDays()),
				estimate(voucher, enterprise, redemption.getPaidAmount()));
		audit.record("CLAIM_SUBMITTED", "REDEMPTION", id, before.name(), redemption.getStatus().name(),
				"confirmation due " + redemption.getConfirmDueOn());
		events.publishEvent(new RedemptionEvents.ClaimSubmitted(id, redemption.getEnterpriseId(),
				redemption.getInstitutionId(), redemption.getPaidAmount(), redemption.getConfirmDueOn()));
		return redemption;
	}

	/**
	 * The institution confirms the service was delivered and paid. This binds the payable amount:
	 * the voucher part from the voucher, the rest from the budget. Nobody can bind it twice.
	 */
	@Transactional
	public Redemption confirm(String id, boolean confirm, String reason, CurrentUser user) {
		Redemption redemption = lockVisible(id, user);
		if (!user.has(Role.INSTITUTION) || !redemption.getInstitutionId().equals(user.institutionId())) {
			throw DomainException.forbidden("only the contract's institution confirms");
		}
		redemption.requireStatus(Redemption.Status.AWAITING_CONFIRMATION);
		if (!confirm) {
			Redemption.Status before = redemption.dispute(reason);
			audit.record("CLAIM_DISPUTED", "REDEMPTION", id, before.name(), redemption.getStatus().name(), reason);
			events.publishEvent(new RedemptionEvents.ClaimDisputed(id, redemption.getEnterpriseId(), reason));
			return redemption;
		}
		// claim, enterprise (its annual cap), voucher (its balance), then the ledger book: always in this order
		Enterprise enterprise = enterprises.lock(redemption.getEnterpriseId());
		Voucher voucher = vouchers.requireBindable(redemption.getVoucherId(), enterprise.getId(),
				redemption.getVoucherPart());
		ProgramRules rules = vouchers.rulesOf(voucher);
		// one day for the year it is checked against and the year it counts in (Redemption.confirm)
		LocalDate today = clock.today();
		SubsidySchedule.Outcome outcome = price(voucher, enterprise, redemption.getPaidAmount(), today.getYear());
		Redemption.Status before = redemption.confirm(today,
				workingDays.addWorkingDays(today, rules.claimReviewWorkingDays()), outcome);
		vouchers.bind(voucher.getId(), outcome.voucherPart(), id);
		ledger.post(Posting.of(redemption.getProgramId(), TransactionType.CLAIM_BOUND, "REDEMPTION", id)
			.move(redemption.getBudgetRegionCode(), Account.RESERVED, Account.BOUND, outcome.voucherPart())
			.move(redemption.getBudgetRegionCode(), Account.AVAILABLE, Account.BOUND, outcome.excessPart()));
		audit.record("CLAIM_CONFIRMED", "REDEMPTION", id, before.name(), redemption.getStatus().name(),
				"bound " + outcome.payable() + " (voucher " + outcome.voucherPart() + ")");
		events.publishEvent(new RedemptionEvents.ClaimConfirmed(id, redemption.getEnterpriseId(),
				redemption.getRegionCode(), outcome.payable(), redemption.getReviewDueOn()));
		return redemption;
	}

	/** The bureau reviewer of the claim's region approves (at most the payable), rejects or returns it. */
	@Transactional
	public Redemption decide(String id, Decision decision, Money approvedAmount, String reason, CurrentUser user) {
		Redemption redemption = lockVisible(id, user);
		requireStaff(redemption, Role.BUREAU_REVIEWER, user);
		LocalDate today = clock.today();
		Redemption.Status before;
		String book = redemption.getBudgetRegionCode();
		switch (decision) {
			case APPROVE -> {
				Money bound = redemption.getBoundAmount();
				Money amount = approvedAmount == null ? bound : approvedAmount;
				before = redemption.approve(amount, today, reason, user.id());
				ledger.post(Posting.of(redemption.getProgramId(), TransactionType.CLAIM_APPROVED, "REDEMPTION", id)
					.move(book, Account.BOUND, Account.APPROVED, amount)
					.move(book, Account.BOUND, Account.AVAILABLE, bound.minus(amount)));
			}
			case REJECT, RETURN -> {
				redemption.requireStatus(Redemption.Status.UNDER_REVIEW);
				releaseBinding(redemption);
				before = redemption.unbindAs(decision == Decision.REJECT ? Redemption.Status.REJECTED
						: Redemption.Status.RETURNED, today, reason);
			}
			default -> throw new IllegalArgumentException(decision.name());
		}
		audit.record("CLAIM_" + redemption.getStatus().name(), "REDEMPTION", id, before.name(),
				redemption.getStatus().name(), reason);
		events.publishEvent(new RedemptionEvents.ClaimDecided(id, redemption.getEnterpriseId(),
				redemption.getStatus().name(), redemption.getApprovedAmount(), reason));
		return redemption;
	}

	private void releaseBinding(Redemption redemption) {
		Money bound = redemption.getBoundAmount();
		// after an approval for less and a reopening, less than the voucher part is still bound: the rest
		// went back to the budget at approval, and giving it to the voucher again would overdraw the budget
		Money voucherPart = redemption.getBoundVoucherPart().min(bound);
		boolean restored = vouchers.unbind(redemption.getVoucherId(), voucherPart, redemption.getId());
		Money toVoucher = restored ? voucherPart : Money.ZERO;
		String book = redemption.getBudgetRegionCode();
		ledger.post(Posting.of(redemption.getProgramId(), TransactionType.CLAIM_UNBOUND, "REDEMPTION", redemption.getId())
			.move(book, Account.BOUND, Account.RESERVED, toVoucher)
			.move(book, Account.BOUND, Account.AVAILABLE, bound.minus(toVoucher)));
	}

	@Transactional
	public Redemption withdraw(String id, CurrentUser user) {
		Redemption redemption = lockVisible(id, user);
		claimant(redemption.getEnterpriseId(), user);
		Redemption.Status before = redemption.withdraw();
		audit.record("CLAIM_WITHDRAWN", "REDEMPTION", id, before.name(), redemption.getStatus().name(), null);
		return redemption;
	}

	/**
	 * The finance officer records the payment. A claim is paid at most once, its bank reference is
	 * recorded once, and the person who approved it does not pay it.
	 */
	@Transactional
	public Redemption pay(String id, LocalDate paidOn, String reference, CurrentUser user) {
		Redemption redemption = lockVisible(id, user);
		requireStaff(redemption, Role.FINANCE_OFFICER, user);
		if (paidOn.isAfter(clock.today())) {
			throw DomainException.invalid("paidOn", "not in the future");
		}
		String ref = requireNewReference(redemption, reference);
		Redemption.Status before = redemption.pay(paidOn, ref, user.id());
		references.save(new BankReference(id, ref, BankReference.Kind.PAYMENT, redemption.getApprovedAmount(), paidOn,
				user.id(), clock.now()));
		ledger.post(Posting.of(redemption.getProgramId(), TransactionType.CLAIM_PAID, "REDEMPTION", id)
			.move(redemption.getBudgetRegionCode(), Account.APPROVED, Account.PAID, redemption.getApprovedAmount())
			.memo(reference));
		audit.record("CLAIM_PAID", "REDEMPTION", id, before.name(), redemption.getStatus().name(),
				redemption.getApprovedAmount() + " ref " + reference);
		events.publishEvent(new RedemptionEvents.ClaimPaid(id, redemption.getEnterpriseId(),
				redemption.getApprovedAmount(), paidOn));
		return redemption;
	}

	/**
	 * The finance officer records money the enterprise paid back on a clawed-back claim: the
	 * receivable shrinks and the budget of the claim's region gets the amount back. A bank reference
	 * already recorded for the claim is refused: the same transfer is never booked twice.
	 */
	@Transactional
	public Redemption recover(String id, Money amount, LocalDate recoveredOn, String reference, CurrentUser user) {
		Redemption redemption = lockVisible(id, user);
		requireStaff(redemption, Role.FINANCE_OFFICER, user);
		if (recoveredOn.isAfter(clock.today())) {
			throw DomainException.invalid("recoveredOn", "not in the future");
		}
		String ref = requireNewReference(redemption, reference);
		redemption.recover(amount);
		references.save(new BankReference(id, ref, BankReference.Kind.RECOVERY, amount, recoveredOn, user.id(),
				clock.now()));
		ledger.post(Posting.of(redemption.getProgramId(), TransactionType.CLAWBACK_RECOVERED, "REDEMPTION", id)
			.move(redemption.getBudgetRegionCode(), Account.RECEIVABLE, Account.AVAILABLE, amount)
			.memo(reference));
		audit.record("CLAWBACK_RECOVERED", "REDEMPTION", id, redemption.getStatus().name(),
				redemption.getStatus().name(), amount + " on " + recoveredOn + " ref " + reference + ", outstanding "
						+ redemption.getOutstandingAmount());
		return redemption;
	}

	/** Supervision found fraud: the paid amount becomes a receivable and the enterprise is banned. */
	@Transactional
	public Redemption clawBack(String id, String reason, CurrentUser user) {
		Redemption redemption = lockVisible(id, user);
		requireStaff(redemption, Role.SUPERVISOR, user);
		// the enterprise (banned below) before the ledger book, in the order confirmations take them
		enterprises.lock(redemption.getEnterpriseId());
		Redemption.Status before = redemption.clawBack(reason);
		Money amount = redemption.getApprovedAmount();
		ledger.post(Posting.of(redemption.getProgramId(), TransactionType.CLAIM_CLAWED_BACK, "REDEMPTION", id)
			.line(redemption.getBudgetRegionCode(), Account.CLAWED_BACK, amount.negate())
			.line(redemption.getBudgetRegionCode(), Account.RECEIVABLE, amount)
			.memo(reason));
		audit.record("CLAIM_CLAWED_BACK", "REDEMPTION", id, before.name(), redemption.getStatus().name(), reason);
		events.publishEvent(new RedemptionEvents.ClaimClawedBack(id, redemption.getEnterpriseId(), amount, reason));
		ProgramRules rules = vouchers.rulesOf(vouchers.get(redemption.getVoucherId()));
		enterprises.ban(redemption.getEnterpriseId(), rules.banYearsOnFraud(), "clawback of claim " + id + ": " + reason);
		return redemption;
	}

	// --- used by public notices -------------------------------------------------------------

	Redemption enterNotice(Redemption redemption, String noticeId, LocalDate endsOn) {
		Redemption.Status before = redemption.enterNotice(noticeId, endsOn);
		audit.record("CLAIM_IN_PUBLIC_NOTICE", "REDEMPTION", redemption.getId(), before.name(),
				redemption.getStatus().name(), "notice " + noticeId + " until " + endsOn);
		events.publishEvent(new RedemptionEvents.ClaimInPublicNotice(redemption.getId(), redemption.getEnterpriseId(),
				noticeId, endsOn));
		return redemption;
	}

	void reopen(Redemption redemption, String reason) {
		Money approved = redemption.getApprovedAmount();
		Redemption.Status before = redemption.reopen(reason);
		ledger.post(Posting.of(redemption.getProgramId(), TransactionType.CLAIM_REOPENED, "REDEMPTION", redemption.getId())
			.move(redemption.getBudgetRegionCode(), Account.APPROVED, Account.BOUND, approved));
		audit.record("CLAIM_REOPENED", "REDEMPTION", redemption.getId(), before.name(), redemption.getStatus().name(),
				reason);
	}

	void readyForPayment(Redemption redemption) {
		Redemption.Status before = redemption.readyForPayment();
		audit.record("CLAIM_READY_FOR_PAYMENT", "REDEMPTION", redemption.getId(), before.name(),
				redemption.getStatus().name(), null);
	}

	// --- queries ------------------------------------------------------------------------------

	/** The claimant, its institution and staff of its region see a claim; others get 404. */
	public Redemption getVisible(String id, CurrentUser user) {
		Redemption redemption = redemptions.findById(id).orElseThrow(() -> DomainException.notFound("claim", id));
		requireVisible(redemption, user);
		return redemption;
	}

	/**
	 * Locks the claim row, then checks that the caller sees it. Locked before it is read: a row read
	 * first would stay stale in the persistence context, and a loser would act on the old state.
	 */
	private Redemption lockVisible(String id, CurrentUser user) {
		Redemption redemption = redemptions.findForUpdate(id).orElseThrow(() -> DomainException.notFound("claim", id));
		requireVisible(redemption, user);
		return redemption;
	}

	private void requireVisible(Redemption redemption, CurrentUser user) {
		boolean visible = redemption.getInstitutionId().equals(user.institutionId())
				|| enterprises.canActFor(user, redemption.getEnterpriseId())
				|| user.isStaffCovering(redemption.getRegionCode(), regions);
		if (!visible) {
			throw DomainException.notFound("claim", redemption.getId());
		}
	}

	public PageResult<Redemption> list(CurrentUser user, String enterpriseId, Redemption.Status status,
			Pageable paging) {
		if (user.isStaff()) {
			return PageResult.of(redemptions.findInRegions(regions.scope(user.regionCode()), status, paging), r -> r);
		}
		if (user.has(Role.INSTITUTION)) {
			return PageResult.of(redemptions.findByInstitutionId(user.institutionId(), paging), r -> r);
		}
		Enterprise enterprise = enterprises.actingFor(user, enterpriseId);
		return PageResult.of(redemptions.findByEnterpriseId(enterprise.getId(), paging), r -> r);
	}

	/** Claims still awaiting the institution whose confirmation is due by {@code until} (or overdue). */
	public List<Redemption> confirmationsDueBy(LocalDate until) {
		return redemptions.findByStatusAndConfirmDueOnLessThanEqual(Redemption.Status.AWAITING_CONFIRMATION, until);
	}

	/** Claims under review whose review is due by {@code until} (or overdue). */
	public List<Redemption> reviewsDueBy(LocalDate until) {
		return redemptions.findByStatusAndReviewDueOnLessThanEqual(Redemption.Status.UNDER_REVIEW, until);
	}

	Redemption lockForNotice(String id) {
		return redemptions.findForUpdate(id).orElseThrow(() -> DomainException.notFound("claim", id));
	}

	List<Redemption> inNotice(String noticeId) {
		return redemptions.findByNoticeId(noticeId);
	}

	/** The ids only, so that the claims are first read when locked. */
	List<String> idsInNotice(String noticeId) {
		return redemptions.findIdsByNoticeId(noticeId);
	}

	// --- helpers ------------------------------------------------------------------------------

	private Enterprise claimant(String enterpriseId, CurrentUser user) {
		if (!user.hasAny(Role.ENTERPRISE, Role.AGENCY) || !enterprises.canActFor(user, enterpriseId)) {
			throw DomainException.forbidden("only the enterprise or its agency acts on its claim");
		}
		return enterprises.get(enterpriseId);
	}

	private void requireStaff(Redemption redemption, Role role, CurrentUser user) {
		if (!user.has(role) || !user.isStaffCovering(redemption.getRegionCode(), regions)) {
			throw DomainException.forbidden("requires " + role + " of the claim's region");
		}
	}

	/**
	 * A bank reference is recorded for a claim once: a payment or recovery posted again with it is
	 * refused before anything moves. Checked under the claim's lock, so two at once cannot both pass.
	 */
	private String requireNewReference(Redemption redemption, String reference) {
		String ref = reference == null ? "" : reference.trim();
		if (ref.isEmpty()) {
			throw DomainException.invalid("reference", "required");
		}
		if (references.existsById(new BankReference.Key(redemption.getId(), ref))) {
			throw new DomainException(ErrorCode.DUPLICATE_REFERENCE,
					"the bank reference " + ref + " is already recorded for this claim");
		}
		return ref;
	}

	/**
	 * What the claim would be paid if it were bound today: shown at creation and submission. The
	 * confirmation prices it again and is authoritative (the year may have turned meanwhile).
	 */
	private SubsidySchedule.Outcome estimate(Voucher voucher, Enterprise enterprise, Money paid) {
		return price(voucher, enterprise, paid, clock.today().getYear());
	}

	/**
	 * The schedule applied to the voucher's current balance and what is left of the annual cap of
	 * {@code year}: the amounts committed by claims bound in that year.
	 */
	private SubsidySchedule.Outcome price(Voucher voucher, Enterprise enterprise, Money paid, int year) {
		ProgramRules rules = vouchers.rulesOf(voucher);
		Money committed = new Money(redemptions.committedInYear(enterprise.getId(), year,
				EnumSet.of(Redemption.Status.UNDER_REVIEW, Redemption.Status.APPROVED, Redemption.Status.IN_PUBLIC_NOTICE,
						Redemption.Status.READY_FOR_PAYMENT, Redemption.Status.PAID)));
		Money remaining = rules.annualCapPerEnterprise().minus(committed);
		if (!remaining.isPositive()) {
			throw new DomainException(ErrorCode.ANNUAL_CAP_EXCEEDED, "the enterprise has reached the annual cap of "
					+ rules.annualCapPerEnterprise() + " for " + year);
		}
		return SubsidySchedule.compute(rules, paid, voucher.getBalance(),
				regions.selfAndAncestors(enterprise.getRegionCode()), remaining);
	}

	private static void requireValidPaid(Money paid, Contract contract) {
		if (paid == null || !paid.isPositive()) {
			throw DomainException.invalid("paidAmount", "must be positive");
		}
		if (paid.isGreaterThan(contract.getAmount())) {
			throw DomainException.invalid("paidAmount", "above the contract amount " + contract.getAmount());
		}
	}

	private static String summary(String text) {
		if (text == null || text.isBlank()) {
			throw DomainException.invalid("resultSummary", "required");
		}
		if (text.length() > 4000) {
			throw DomainException.invalid("resultSummary", "at most 4000 characters");
		}
		return text.trim();
	}
}
