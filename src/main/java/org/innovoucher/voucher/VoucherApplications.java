package org.innovoucher.voucher;

import java.time.LocalDate;
import java.util.List;

import org.innovoucher.enterprise.Enterprise;
import org.innovoucher.enterprise.Enterprises;
import org.innovoucher.policy.Program;
import org.innovoucher.policy.ProgramRules;
import org.innovoucher.policy.Programs;
import org.innovoucher.policy.Round;
import org.innovoucher.shared.BusinessClock;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.EnterpriseId;
import org.innovoucher.shared.Ids;
import org.innovoucher.shared.Money;
import org.innovoucher.shared.PageResult;
import org.innovoucher.shared.ProgramId;
import org.innovoucher.shared.Regions;
import org.innovoucher.shared.ServiceCategory;
import org.innovoucher.shared.WorkingDays;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Voucher applications as the enterprise (or its agency) files them: apply, resubmit a returned one,
 * withdraw; and who sees which. The bureau's decision is {@link ApplicationReview}'s.
 */
@Service
public class VoucherApplications {

	/** What an applicant asks for. */
	public record Application(ProgramId programId, EnterpriseId enterpriseId, Money denomination, String purpose,
			List<ServiceCategory> serviceCategories) {
	}

	private final VoucherApplicationRepository applications;
	private final Programs programs;
	private final Enterprises enterprises;
	private final Regions regions;
	private final WorkingDays workingDays;
	private final BusinessClock clock;

	VoucherApplications(VoucherApplicationRepository applications, Programs programs, Enterprises enterprises,
			Regions regions, WorkingDays workingDays, BusinessClock clock) {
		this.applications = applications;
		this.programs = programs;
		this.enterprises = enterprises;
		this.regions = regions;
		this.workingDays = workingDays;
		this.clock = clock;
	}

	@Transactional
	public VoucherApplication apply(Application request, CurrentUser user) {
		Enterprise enterprise = enterprises.actingFor(user, request.enterpriseId());
		Program program = programs.getVisible(request.programId(), user);
		ProgramRules rules = programs.currentRules(program.id());
		LocalDate today = clock.today();
		// serialises this enterprise's applications, so that two at once cannot both pass the allowance
		enterprises.lock(enterprise.id());
		List<ServiceCategory> categories = request.serviceCategories() == null ? List.of() : request.serviceCategories();
		Round round = VoucherEligibilityPolicy.check(new VoucherEligibilityPolicy.Request(program, rules, enterprise,
				regions.isWithin(enterprise.getRegionCode(), rules.regionCode()), request.denomination(), categories,
				active(enterprise.getId(), program, null), today));
		// raises ApplicationSubmitted, published (audited) on save
		return applications.save(VoucherApplication.submit(Ids.newId(), program.getId(), program.getName(),
				program.getCurrentVersion(), enterprise.getId(), enterprise.getRegionCode(), request.denomination(),
				request.purpose().trim(), categories.stream().map(Enum::name).toList(), user.id(), clock.now(), today,
				round.name(), workingDays.addWorkingDays(today, rules.deadlines().reviewWorkingDays())));
	}

	/** The enterprise's applications in the program that still count against its allowance. */
	private List<VoucherApplication> active(String enterpriseId, Program program, String except) {
		return applications.findByEnterpriseIdAndProgramId(enterpriseId, program.getId()).stream()
			.filter(a -> a.getStatus().isActive())
			.filter(a -> !a.getId().equals(except))
			.toList();
	}

	/** The applicant changes a returned application and submits it again. */
	@Transactional
	public VoucherApplication resubmit(String id, Money denomination, String purpose,
			List<ServiceCategory> serviceCategories, CurrentUser user) {
		VoucherApplication application = lockVisible(id, user);
		if (!enterprises.canActFor(user, application.enterprise())) {
			throw DomainException.forbidden("only the applicant resubmits");
		}
		// serialises the allowance check with the enterprise's other applications
		enterprises.lock(application.enterprise());
		application.requireCanMoveTo(VoucherApplication.Status.SUBMITTED);
		Program program = programs.get(application.program());
		ProgramRules rules = programs.currentRules(program.id());
		LocalDate today = clock.today();
		Money amount = denomination == null ? application.getDenomination() : denomination;
		List<ServiceCategory> categories = serviceCategories != null ? serviceCategories
				: application.getServiceCategories().stream().map(ServiceCategory::valueOf).toList();
		// a resubmission is filed again, in the round open today
		Round round = VoucherEligibilityPolicy.check(new VoucherEligibilityPolicy.Request(program, rules,
				enterprises.get(application.enterprise()),
				regions.isWithin(application.getRegionCode(), rules.regionCode()), amount, categories,
				active(application.getEnterpriseId(), program, id), today));
		application.resubmit(amount, purpose == null || purpose.isBlank() ? application.getPurpose() : purpose.trim(),
				categories.stream().map(Enum::name).toList(), program.getCurrentVersion(), today, round.name(),
				workingDays.addWorkingDays(today, rules.deadlines().reviewWorkingDays()));
		return applications.save(application);
	}

	@Transactional
	public VoucherApplication withdraw(String id, CurrentUser user) {
		VoucherApplication application = lockVisible(id, user);
		if (!enterprises.canActFor(user, application.enterprise())) {
			throw DomainException.forbidden("only the applicant withdraws");
		}
		application.withdraw();
		return applications.save(application);
	}

	public VoucherApplication applicationVisible(String id, CurrentUser user) {
		return requireVisible(applications.findById(id)
			.orElseThrow(() -> DomainException.notFound("voucher application", id)), user);
	}

	/**
	 * Locks the application row, then checks that the caller sees it. Locked before it is read: a row
	 * read first would stay stale in the persistence context, and a loser would act on the old state.
	 */
	VoucherApplication lockVisible(String id, CurrentUser user) {
		return requireVisible(applications.findForUpdate(id)
			.orElseThrow(() -> DomainException.notFound("voucher application", id)), user);
	}

	/** The applicant, its agency, and staff of its region see an application. */
	private VoucherApplication requireVisible(VoucherApplication application, CurrentUser user) {
		if (!enterprises.canActFor(user, application.enterprise())
				&& !user.isStaffCovering(application.getRegionCode(), regions)) {
			throw DomainException.notFound("voucher application", application.getId());
		}
		return application;
	}

	public PageResult<VoucherApplication> applications(CurrentUser user, EnterpriseId enterpriseId,
			VoucherApplication.Status status, Pageable paging) {
		if (user.isStaff()) {
			return PageResult.of(applications.findInRegions(regions.scope(user.regionCode()), status, paging), a -> a);
		}
		Enterprise enterprise = enterprises.actingFor(user, enterpriseId);
		return PageResult.of(applications.findByEnterpriseId(enterprise.getId(), paging), a -> a);
	}

	/** The enterprise's applications returned for changes, oldest decision first: it should resubmit them. */
	public List<VoucherApplication> returnedOf(EnterpriseId enterpriseId, CurrentUser user) {
		Enterprise enterprise = enterprises.actingFor(user, enterpriseId);
		return applications.findByEnterpriseIdAndStatusOrderByDecidedOn(enterprise.getId(),
				VoucherApplication.Status.RETURNED);
	}

	/** Applications still waiting for a decision whose review is due by {@code until} (or overdue). */
	public List<VoucherApplication> reviewsDueBy(LocalDate until) {
		return applications.findByStatusAndReviewDueOnLessThanEqual(VoucherApplication.Status.SUBMITTED, until);
	}

	/** How many of those are in these regions (the overdue list's count). */
	public long countReviewsDueBy(LocalDate until, java.util.Collection<String> regions) {
		return applications.countByStatusAndReviewDueOnLessThanEqualAndRegionCodeIn(VoucherApplication.Status.SUBMITTED,
				until, regions);
	}
}
