package org.innovoucher.voucher;

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
import org.innovoucher.policy.Program;
import org.innovoucher.policy.ProgramRules;
import org.innovoucher.policy.Programs;
import org.innovoucher.shared.BusinessClock;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.ErrorCode;
import org.innovoucher.shared.Ids;
import org.innovoucher.shared.Money;
import org.innovoucher.shared.PageResult;
import org.innovoucher.shared.Regions;
import org.innovoucher.shared.Role;
import org.innovoucher.shared.ServiceCategory;
import org.innovoucher.shared.WorkingDays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The voucher module's API: applications, decisions, issuance, binding and expiry. */
@Service
public class Vouchers {

	private static final Logger log = LoggerFactory.getLogger(Vouchers.class);

	/** What an applicant asks for. */
	public record Application(String programId, String enterpriseId, Money denomination, String purpose,
			List<ServiceCategory> serviceCategories) {
	}

	public enum Decision {
		APPROVE, REJECT, RETURN
	}

	private final VoucherApplicationRepository applications;
	private final VoucherRepository vouchers;
	private final Programs programs;
	private final Enterprises enterprises;
	private final Ledger ledger;
	private final Regions regions;
	private final WorkingDays workingDays;
	private final BusinessClock clock;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;
	private final JdbcClient jdbc;

	Vouchers(VoucherApplicationRepository applications, VoucherRepository vouchers, Programs programs,
			Enterprises enterprises, Ledger ledger, Regions regions, WorkingDays workingDays, BusinessClock clock,
			AuditTrail audit, ApplicationEventPublisher events, JdbcClient jdbc) {
		this.applications = applications;
		this.vouchers = vouchers;
		this.programs = programs;
		this.enterprises = enterprises;
		this.ledger = ledger;
		this.regions = regions;
		this.workingDays = workingDays;
		this.clock = clock;
		this.audit = audit;
		this.events = events;
		this.jdbc = jdbc;
	}

	@Transactional
	public VoucherApplication apply(Application request, CurrentUser user) {
		Enterprise enterprise = enterprises.actingFor(user, request.enterpriseId());
		Program program = programs.getVisible(request.programId(), user);
		ProgramRules rules = programs.currentRules(program.getId());
		LocalDate today = clock.today();
		// serialises this enterprise's applications, so that two at once cannot both pass the allowance
		enterprises.lock(enterprise.getId());
		List<ServiceCategory> categories = request.serviceCategories() == null ? List.of() : request.serviceCategories();
		VoucherEligibilityPolicy.check(new VoucherEligibilityPolicy.Request(program, rules, enterprise,
				regions.isWithin(enterprise.getRegionCode(), rules.regionCode()), request.denomination(), categories,
				activeInPeriod(enterprise.getId(), program, rules, today, null), today));
		VoucherApplication application = applications.save(new VoucherApplication(Ids.newId(), program.getId(),
				program.getCurrentVersion(), enterprise.getId(), enterprise.getRegionCode(), request.denomination(),
				request.purpose().trim(), categories.stream().map(Enum::name).toList(), user.id(), clock.now(), today,
				workingDays.addWorkingDays(today, rules.reviewWorkingDays())));
		audit.record("APPLICATION_SUBMITTED", "VOUCHER_APPLICATION", application.getId(), null,
				VoucherApplication.Status.SUBMITTED.name(), request.denomination() + " in " + program.getName());
		return application;
	}

	private List<VoucherApplication> activeInPeriod(String enterpriseId, Program program, ProgramRules rules,
			LocalDate today, String except) {
		LocalDate start = VoucherEligibilityPolicy.periodStart(rules.cycle(), today, rules.applicationOpensOn());
		LocalDate end = VoucherEligibilityPolicy.periodEnd(rules.cycle(), start);
		return applications.findByEnterpriseIdAndProgramId(enterpriseId, program.getId()).stream()
			.filter(a -> a.getStatus().isActive())
			.filter(a -> !a.getId().equals(except))
			.filter(a -> !a.getSubmittedOn().isBefore(start) && !a.getSubmittedOn().isAfter(end))
			.toList();
	}

	/** The applicant changes a returned application and submits it again. */
	@Transactional
	public VoucherApplication resubmit(String id, Money denomination, String purpose,
			List<ServiceCategory> serviceCategories, CurrentUser user) {
		VoucherApplication application = lockApplicationVisible(id, user);
		if (!enterprises.canActFor(user, application.getEnterpriseId())) {
			throw DomainException.forbidden("only the applicant resubmits");
		}
		// serialises the allowance check with the enterprise's other applications
		enterprises.lock(application.getEnterpriseId());
		application.requireCanMoveTo(VoucherApplication.Status.SUBMITTED);
		Program program = programs.get(application.getProgramId());
		ProgramRules rules = programs.currentRules(program.getId());
		LocalDate today = clock.today();
		Money amount = denomination == null ? application.getDenomination() : denomination;
		List<ServiceCategory> categories = serviceCategories != null ? serviceCategories
				: application.getServiceCategories().stream().map(ServiceCategory::valueOf).toList();
		VoucherEligibilityPolicy.check(new VoucherEligibilityPolicy.Request(program, rules,
				enterprises.get(application.getEnterpriseId()),
				regions.isWithin(application.getRegionCode(), rules.regionCode()), amount, categories,
				activeInPeriod(application.getEnterpriseId(), program, rules, today, id), today));
		VoucherApplication.Status before = application.resubmit(amount,
				purpose == null || purpose.isBlank() ? application.getPurpose() : purpose.trim(),
				categories.stream().map(Enum::name).toList(), program.getCurrentVersion(), today,
				workingDays.addWorkingDays(today, rules.reviewWorkingDays()));
		audit.record("APPLICATION_RESUBMITTED", "VOUCHER_APPLICATION", id, before.name(),
				application.getStatus().name(), null);
		return application;
	}

	@Transactional
	public VoucherApplication withdraw(String id, CurrentUser user) {
		VoucherApplication application = lockApplicationVisible(id, user);
		if (!enterprises.canActFor(user, application.getEnterpriseId())) {
			throw DomainException.forbidden("only the applicant withdraws");
		}
		VoucherApplication.Status before = application.withdraw();
		audit.record("APPLICATION_WITHDRAWN", "VOUCHER_APPLICATION", id, before.name(), application.getStatus().name(),
				null);
		return application;
	}

	/**
	 * The bureau reviewer of the enterprise's region decides. Approval issues the voucher and reserves
	 * its face value; without budget it fails with BUDGET_EXHAUSTED and the application keeps waiting.
	 */
	@Transactional
	public VoucherApplication decide(String id, Decision decision, String reason, CurrentUser user) {
		VoucherApplication application = lockApplicationVisible(id, user);
		if (!user.has(Role.BUREAU_REVIEWER) || !user.isStaffCovering(application.getRegionCode(), regions)) {
			throw DomainException.forbidden("applications are decided by a bureau reviewer of the enterprise's region");
		}
		LocalDate today = clock.today();
		VoucherApplication.Status before;
		switch (decision) {
			case APPROVE -> {
				application.requireCanMoveTo(VoucherApplication.Status.APPROVED);
				// a ban may have come after the application was filed (a clawback meanwhile); checked
				// under the enterprise's lock (application, enterprise, ledger: the order claims take too)
				enterprises.requireNotBanned(enterprises.lock(application.getEnterpriseId()));
				Voucher voucher = issue(application, today);
				before = application.approve(voucher.getId(), today, reason);
			}
			case REJECT -> before = application.reject(today, reason);
			case RETURN -> before = application.returnForChanges(today, reason);
			default -> throw new IllegalArgumentException(decision.name());
		}
		audit.record("APPLICATION_" + application.getStatus().name(), "VOUCHER_APPLICATION", id, before.name(),
				application.getStatus().name(), reason);
		events.publishEvent(new VoucherEvents.ApplicationDecided(id, application.getEnterpriseId(),
				application.getProgramId(), application.getStatus().name(), application.getVoucherId(), reason));
		return application;
	}

	private Voucher issue(VoucherApplication application, LocalDate today) {
		ProgramRules rules = programs.rules(application.getProgramId(), application.getProgramVersion());
		String book = ledger.bookFor(application.getProgramId(), regions.selfAndAncestors(application.getRegionCode()))
			.orElseThrow(() -> new DomainException(ErrorCode.BUDGET_EXHAUSTED,
					"no budget covers region " + application.getRegionCode()));
		long sequence = jdbc.sql("select nextval('voucher_serial_seq')").query(Long.class).single();
		LocalDate validUntil = rules.voucherValidUntil(today);
		if (validUntil.isBefore(today)) {
			throw DomainException.invalidState("the program's vouchers were valid until " + validUntil);
		}
		Voucher voucher = new Voucher(Ids.newId(), SerialNumbers.format(rules.year(), application.getRegionCode(), sequence),
				application, book, today, validUntil, clock.now());
		ledger.post(Posting.of(voucher.getProgramId(), TransactionType.VOUCHER_ISSUED, "VOUCHER", voucher.getId())
			.move(book, Account.AVAILABLE, Account.RESERVED, voucher.getFaceValue())
			.memo(voucher.getSerialNumber()));
		vouchers.save(voucher);
		audit.record("VOUCHER_ISSUED", "VOUCHER", voucher.getId(), null, voucher.getStatus().name(),
				voucher.getSerialNumber() + " " + voucher.getFaceValue());
		events.publishEvent(new VoucherEvents.VoucherIssued(voucher.getId(), voucher.getEnterpriseId(),
				voucher.getSerialNumber(), voucher.getFaceValue(), voucher.getValidUntil()));
		return voucher;
	}

	public VoucherApplication applicationVisible(String id, CurrentUser user) {
		return requireVisible(applications.findById(id)
			.orElseThrow(() -> DomainException.notFound("voucher application", id)), user);
	}

	/**
	 * Locks the application row, then checks that the caller sees it. Locked before it is read: a row
	 * read first would stay stale in the persistence context, and a loser would act on the old state.
	 */
	private VoucherApplication lockApplicationVisible(String id, CurrentUser user) {
		return requireVisible(applications.findForUpdate(id)
			.orElseThrow(() -> DomainException.notFound("voucher application", id)), user);
	}

	private VoucherApplication requireVisible(VoucherApplication application, CurrentUser user) {
		String id = application.getId();
		if (!enterprises.canActFor(user, application.getEnterpriseId())
				&& !user.isStaffCovering(application.getRegionCode(), regions)) {
			throw DomainException.notFound("voucher application", id);
		}
		return application;
	}

	public PageResult<VoucherApplication> applications(CurrentUser user, String enterpriseId,
			VoucherApplication.Status status, Pageable paging) {
		if (user.isStaff()) {
			return PageResult.of(applications.findInRegions(regions.scope(user.regionCode()), status, paging), a -> a);
		}
		Enterprise enterprise = enterprises.actingFor(user, enterpriseId);
		return PageResult.of(applications.findByEnterpriseId(enterprise.getId(), paging), a -> a);
	}

	public Voucher get(String id) {
		return vouchers.findById(id).orElseThrow(() -> DomainException.notFound("voucher", id));
	}

	/** The holder, its agency, and staff of its region see a voucher. */
	public Voucher voucherVisible(String id, CurrentUser user) {
		Voucher voucher = get(id);
		if (!enterprises.canActFor(user, voucher.getEnterpriseId())
				&& !user.isStaffCovering(voucher.getRegionCode(), regions)) {
			throw DomainException.notFound("voucher", id);
		}
		return voucher;
	}

	public PageResult<Voucher> vouchersOf(String enterpriseId, CurrentUser user, Pageable paging) {
		Enterprise enterprise = enterprises.getVisible(enterpriseId, user);
		return PageResult.of(vouchers.findByEnterpriseId(enterprise.getId(), paging), v -> v);
	}

	/** The rules the voucher was issued under. */
	public ProgramRules rulesOf(Voucher voucher) {
		return programs.rules(voucher.getProgramId(), voucher.getProgramVersion());
	}

	/** Refuses unless the voucher belongs to the enterprise and can be spent today. */
	public Voucher requireUsable(String voucherId, String enterpriseId) {
		Voucher voucher = vouchers.findById(voucherId)
			.filter(v -> v.getEnterpriseId().equals(enterpriseId))
			.orElseThrow(() -> DomainException.notFound("voucher", voucherId));
		voucher.requireUsable(clock.today());
		return voucher;
	}

	/**
	 * Locks the voucher (until the caller's transaction ends) and refuses unless it belongs to the
	 * enterprise and {@code needed} of its balance can still be bound: VOUCHER_BALANCE_EXCEEDED where
	 * it is used up or another claim bound the part first. Locked before read, so the balance is current.
	 */
	@Transactional
	public Voucher requireBindable(String voucherId, String enterpriseId, Money needed) {
		Voucher voucher = vouchers.findForUpdate(voucherId)
			.filter(v -> v.getEnterpriseId().equals(enterpriseId))
			.orElseThrow(() -> DomainException.notFound("voucher", voucherId));
		voucher.requireBindable(clock.today(), needed);
		return voucher;
	}

	/** Binds part of the voucher's balance to a confirmed claim; the voucher row stays locked until commit. */
	@Transactional
	public Voucher bind(String voucherId, Money amount, String claimId) {
		Voucher voucher = vouchers.findForUpdate(voucherId).orElseThrow(() -> DomainException.notFound("voucher", voucherId));
		Voucher.Status before = voucher.bind(amount, clock.today());
		audit.record("VOUCHER_BOUND", "VOUCHER", voucherId, before.name(), voucher.getStatus().name(),
				amount + " by claim " + claimId);
		return voucher;
	}

	/** Gives a binding back to the voucher; false where the voucher is no longer live (the caller releases it). */
	@Transactional
	public boolean unbind(String voucherId, Money amount, String claimId) {
		Voucher voucher = vouchers.findForUpdate(voucherId).orElseThrow(() -> DomainException.notFound("voucher", voucherId));
		Voucher.Status before = voucher.getStatus();
		boolean restored = voucher.unbind(amount, clock.today());
		if (restored) {
			audit.record("VOUCHER_UNBOUND", "VOUCHER", voucherId, before.name(), voucher.getStatus().name(),
					amount + " from claim " + claimId);
		}
		return restored;
	}

	/** Live vouchers whose validity ends between today and {@code until}: their holders should hurry. */
	public List<Voucher> expiringBy(LocalDate until) {
		return vouchers.findByStatusInAndValidUntilBetween(EnumSet.of(Voucher.Status.ISSUED, Voucher.Status.PARTLY_USED),
				clock.today(), until);
	}

	/** Applications still waiting for a decision whose review is due by {@code until} (or overdue). */
	public List<VoucherApplication> reviewsDueBy(LocalDate until) {
		return applications.findByStatusAndReviewDueOnLessThanEqual(VoucherApplication.Status.SUBMITTED, until);
	}

	/**
	 * A page of the vouchers past their validity whose balance is still reserved: at most
	 * {@code limit}, in id order after {@code afterId} ("" for the first page).
	 */
	public List<String> dueForExpiry(String afterId, int limit) {
		return vouchers.findExpiring(EnumSet.of(Voucher.Status.ISSUED, Voucher.Status.PARTLY_USED), clock.today(), afterId,
				org.springframework.data.domain.Limit.of(limit));
	}

	/** Expires one voucher and releases its unused balance to the budget. */
	@Transactional
	public void expire(String voucherId) {
		Voucher voucher = vouchers.findForUpdate(voucherId).orElseThrow();
		if (!voucher.getStatus().isLive() || !clock.today().isAfter(voucher.getValidUntil())) {
			return;
		}
		Voucher.Status before = voucher.getStatus();
		Money released = voucher.expire();
		ledger.post(Posting.of(voucher.getProgramId(), TransactionType.VOUCHER_RELEASED, "VOUCHER", voucherId)
			.move(voucher.getBudgetRegionCode(), Account.RESERVED, Account.AVAILABLE, released)
			.memo("expired " + voucher.getSerialNumber()));
		audit.record("VOUCHER_EXPIRED", "VOUCHER", voucherId, before.name(), voucher.getStatus().name(),
				"released " + released);
		events.publishEvent(new VoucherEvents.VoucherExpired(voucherId, voucher.getEnterpriseId(),
				voucher.getSerialNumber(), released));
		log.info("voucher {} expired, {} released", voucher.getSerialNumber(), released);
	}

	/** The operator revokes a voucher (e.g. issued in error); its unused balance goes back to the budget. */
	@Transactional
	public Voucher revoke(String voucherId, String reason, CurrentUser user) {
		// locked before it is read, so that the balance released is the current one
		Voucher voucher = vouchers.findForUpdate(voucherId).orElseThrow(() -> DomainException.notFound("voucher", voucherId));
		if (!enterprises.canActFor(user, voucher.getEnterpriseId())
				&& !user.isStaffCovering(voucher.getRegionCode(), regions)) {
			throw DomainException.notFound("voucher", voucherId);
		}
		if (!user.has(Role.OPERATOR) || !user.isStaffCovering(voucher.getRegionCode(), regions)) {
			throw DomainException.forbidden("vouchers are revoked by an operator of their region");
		}
		Voucher.Status before = voucher.getStatus();
		Money released = voucher.revoke();
		ledger.post(Posting.of(voucher.getProgramId(), TransactionType.VOUCHER_RELEASED, "VOUCHER", voucherId)
			.move(voucher.getBudgetRegionCode(), Account.RESERVED, Account.AVAILABLE, released)
			.memo("revoked " + voucher.getSerialNumber()));
		audit.record("VOUCHER_REVOKED", "VOUCHER", voucherId, before.name(), voucher.getStatus().name(), reason);
		return voucher;
	}
}
