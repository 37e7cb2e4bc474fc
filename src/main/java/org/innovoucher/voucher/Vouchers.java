package org.innovoucher.voucher;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import org.innovoucher.enterprise.Enterprise;
import org.innovoucher.enterprise.Enterprises;
import org.innovoucher.ledger.Account;
import org.innovoucher.ledger.Ledger;
import org.innovoucher.ledger.Posting;
import org.innovoucher.ledger.TransactionType;
import org.innovoucher.policy.ProgramRules;
import org.innovoucher.policy.Programs;
import org.innovoucher.shared.BusinessClock;
import org.innovoucher.shared.ClaimId;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.EnterpriseId;
import org.innovoucher.shared.ErrorCode;
import org.innovoucher.shared.Ids;
import org.innovoucher.shared.Money;
import org.innovoucher.shared.PageResult;
import org.innovoucher.shared.Regions;
import org.innovoucher.shared.Role;
import org.innovoucher.shared.ServiceCategory;
import org.innovoucher.shared.VoucherId;
import org.innovoucher.shared.WorkingDays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The voucher's own life: issued on approval, bound and unbound by claims, expired, revoked; and the
 * questions other modules ask of it. Each change is saved so that the voucher's event is published.
 */
@Service
public class Vouchers {

	private static final Logger log = LoggerFactory.getLogger(Vouchers.class);

	private final VoucherRepository vouchers;
	private final Programs programs;
	private final Enterprises enterprises;
	private final Ledger ledger;
	private final Regions regions;
	private final BusinessClock clock;
	private final JdbcClient jdbc;
	private final WorkingDays workingDays;

	Vouchers(VoucherRepository vouchers, Programs programs, Enterprises enterprises, Ledger ledger, Regions regions,
			BusinessClock clock, JdbcClient jdbc, WorkingDays workingDays) {
		this.workingDays = workingDays;
		this.vouchers = vouchers;
		this.programs = programs;
		this.enterprises = enterprises;
		this.ledger = ledger;
		this.regions = regions;
		this.clock = clock;
		this.jdbc = jdbc;
	}

	/**
	 * Issues the voucher of an application being approved and reserves its face value from the budget
	 * covering the enterprise's region: BUDGET_EXHAUSTED where there is none or it is spent.
	 */
	Voucher issue(VoucherApplication application, LocalDate today) {
		ProgramRules rules = programs.rules(application.program(), application.getProgramVersion());
		String book = ledger.bookFor(application.program(), regions.selfAndAncestors(application.getRegionCode()))
			.orElseThrow(() -> new DomainException(ErrorCode.BUDGET_EXHAUSTED,
					"no budget covers region " + application.getRegionCode()));
		long sequence = jdbc.sql("select nextval('voucher_serial_seq')").query(Long.class).single();
		LocalDate validUntil = rules.voucherValidUntil(today);
		if (validUntil.isBefore(today)) {
			throw DomainException.invalidState("the program's vouchers were valid until " + validUntil);
		}
		Voucher voucher = new Voucher(Ids.newId(), SerialNumbers.format(rules.year(), application.getRegionCode(), sequence),
				application, book, today, validUntil, clock.now());
		ledger.post(Posting.of(voucher.program(), TransactionType.VOUCHER_ISSUED, "VOUCHER", voucher.getId())
			.move(book, Account.AVAILABLE, Account.RESERVED, voucher.getFaceValue())
			.memo(voucher.getSerialNumber()));
		// raises VoucherIssued, published (audited, notified) on save
		vouchers.save(voucher);
		return voucher;
	}

	public Voucher get(VoucherId id) {
		return vouchers.findById(id.value()).orElseThrow(() -> DomainException.notFound("voucher", id.value()));
	}

	/** The holder, its agency, and staff of its region see a voucher. */
	public Voucher voucherVisible(VoucherId id, CurrentUser user) {
		return requireVisible(get(id), user);
	}

	private Voucher requireVisible(Voucher voucher, CurrentUser user) {
		if (!enterprises.canActFor(user, voucher.enterprise())
				&& !user.isStaffCovering(voucher.getRegionCode(), regions)) {
			throw DomainException.notFound("voucher", voucher.getId());
		}
		return voucher;
	}

	public PageResult<Voucher> vouchersOf(EnterpriseId enterpriseId, CurrentUser user, Pageable paging) {
		Enterprise enterprise = enterprises.getVisible(enterpriseId, user);
		return PageResult.of(vouchers.findByEnterpriseId(enterprise.getId(), paging), v -> v);
	}

	/**
	 * The vouchers the enterprise may spend today, soonest expiry first: what a page offers to pay a
	 * contract with. The caller must act for the enterprise.
	 */
	public List<Voucher> usableBy(EnterpriseId enterpriseId, CurrentUser user) {
		Enterprise enterprise = enterprises.actingFor(user, enterpriseId);
		LocalDate today = clock.today();
		return vouchers.findByEnterpriseId(enterprise.getId(), Pageable.unpaged())
			.stream()
			.filter(v -> v.isUsableOn(today))
			.sorted(java.util.Comparator.comparing(Voucher::getValidUntil).thenComparing(Voucher::getSerialNumber))
			.toList();
	}

	/**
	 * A voucher as its holder's wallet shows it: the program it belongs to, and what it may buy there
	 * (the service categories, at institutions of these regions), by the rules it was issued under.
	 */
	public record Held(Voucher voucher, String programName, List<ServiceCategory> mayBuy,
			List<String> institutionRegions) {
	}

	/** The enterprise's vouchers with what each may buy, newest first as {@code paging} sorts them. */
	public PageResult<Held> wallet(EnterpriseId enterpriseId, CurrentUser user, Pageable paging) {
		Enterprise enterprise = enterprises.actingFor(user, enterpriseId);
		return PageResult.of(vouchers.findByEnterpriseId(enterprise.getId(), paging), v -> {
			ProgramRules rules = rulesOf(v);
			List<ServiceCategory> categories = rules.eligible().serviceCategories();
			return new Held(v, programs.get(v.program()).getName(), categories == null ? List.of() : categories,
					rules.eligible().acceptedInstitutionRegions() == null ? List.of()
							: rules.eligible().acceptedInstitutionRegions());
		});
	}

	/**
	 * The enterprise's vouchers with balance left whose validity ends within {@code workingDays}
	 * working days from today, soonest first: spent by then, or lost.
	 */
	public List<Voucher> expiringUnused(EnterpriseId enterpriseId, CurrentUser user, int workingDays) {
		Enterprise enterprise = enterprises.actingFor(user, enterpriseId);
		LocalDate today = clock.today();
		return vouchers.findByEnterpriseIdAndStatusInAndValidUntilBetweenOrderByValidUntil(enterprise.getId(),
				EnumSet.of(Voucher.Status.ISSUED, Voucher.Status.PARTLY_USED), today,
				this.workingDays.addWorkingDays(today, workingDays));
	}

	/** The rules the voucher was issued under. */
	public ProgramRules rulesOf(Voucher voucher) {
		return programs.rules(voucher.program(), voucher.getProgramVersion());
	}

	/** Refuses unless the voucher belongs to the enterprise and can be spent today. */
	public Voucher requireUsable(VoucherId voucherId, EnterpriseId enterpriseId) {
		Voucher voucher = vouchers.findById(voucherId.value())
			.filter(v -> v.enterprise().equals(enterpriseId))
			.orElseThrow(() -> DomainException.notFound("voucher", voucherId.value()));
		voucher.requireUsable(clock.today());
		return voucher;
	}

	/**
	 * Locks the voucher (until the caller's transaction ends) and refuses unless it belongs to the
	 * enterprise and {@code needed} of its balance can still be bound: VOUCHER_BALANCE_EXCEEDED where
	 * it is used up or another claim bound the part first. Locked before read, so the balance is current.
	 */
	@Transactional
	public Voucher requireBindable(VoucherId voucherId, EnterpriseId enterpriseId, Money needed) {
		Voucher voucher = vouchers.findForUpdate(voucherId.value())
			.filter(v -> v.enterprise().equals(enterpriseId))
			.orElseThrow(() -> DomainException.notFound("voucher", voucherId.value()));
		voucher.requireBindable(clock.today(), needed);
		return voucher;
	}

	/** Binds part of the voucher's balance to a confirmed claim; the voucher row stays locked until commit. */
	@Transactional
	public Voucher bind(VoucherId voucherId, Money amount, ClaimId claimId) {
		Voucher voucher = lock(voucherId);
		voucher.bind(amount, clock.today(), claimId.value());
		return vouchers.save(voucher);
	}

	/** Gives a binding back to the voucher; false where the voucher is no longer live (the caller releases it). */
	@Transactional
	public boolean unbind(VoucherId voucherId, Money amount, ClaimId claimId) {
		Voucher voucher = lock(voucherId);
		boolean restored = voucher.unbind(amount, clock.today(), claimId.value());
		vouchers.save(voucher);
		return restored;
	}

	private Voucher lock(VoucherId voucherId) {
		return vouchers.findForUpdate(voucherId.value())
			.orElseThrow(() -> DomainException.notFound("voucher", voucherId.value()));
	}

	/** Live vouchers whose validity ends between today and {@code until}: their holders should hurry. */
	public List<Voucher> expiringBy(LocalDate until) {
		return vouchers.findByStatusInAndValidUntilBetween(EnumSet.of(Voucher.Status.ISSUED, Voucher.Status.PARTLY_USED),
				clock.today(), until);
	}

	/**
	 * A page of the vouchers past their validity whose balance is still reserved: at most
	 * {@code limit}, in id order after {@code afterId} ("" for the first page).
	 */
	public List<String> dueForExpiry(String afterId, int limit) {
		return vouchers.findExpiring(EnumSet.of(Voucher.Status.ISSUED, Voucher.Status.PARTLY_USED), clock.today(), afterId,
				Limit.of(limit));
	}

	/** Expires one voucher and releases its unused balance to the budget. */
	@Transactional
	public void expire(String voucherId) {
		Voucher voucher = vouchers.findForUpdate(voucherId).orElseThrow();
		if (!voucher.getStatus().isLive() || !clock.today().isAfter(voucher.getValidUntil())) {
			return;
		}
		Money released = voucher.expire();
		ledger.post(Posting.of(voucher.program(), TransactionType.VOUCHER_RELEASED, "VOUCHER", voucherId)
			.move(voucher.getBudgetRegionCode(), Account.RESERVED, Account.AVAILABLE, released)
			.memo("expired " + voucher.getSerialNumber()));
		vouchers.save(voucher);
		log.info("voucher {} expired, {} released", voucher.getSerialNumber(), released);
	}

	/** The operator revokes a voucher (e.g. issued in error); its unused balance goes back to the budget. */
	@Transactional
	public Voucher revoke(VoucherId voucherId, String reason, CurrentUser user) {
		// locked before it is read, so that the balance released is the current one
		Voucher voucher = requireVisible(lock(voucherId), user);
		user.requireStaffCovering(Role.OPERATOR, voucher.getRegionCode(), regions);
		Money released = voucher.revoke(reason);
		ledger.post(Posting.of(voucher.program(), TransactionType.VOUCHER_RELEASED, "VOUCHER", voucherId.value())
			.move(voucher.getBudgetRegionCode(), Account.RESERVED, Account.AVAILABLE, released)
			.memo("revoked " + voucher.getSerialNumber()));
		return vouchers.save(voucher);
	}
}
