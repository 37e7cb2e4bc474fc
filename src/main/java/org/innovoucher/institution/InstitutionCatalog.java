package org.innovoucher.institution;

import org.innovoucher.shared.BusinessClock;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.ErrorCode;
import org.innovoucher.shared.Ids;
import org.innovoucher.shared.InstitutionId;
import org.innovoucher.shared.Money;
import org.innovoucher.shared.PageResult;
import org.innovoucher.shared.ServiceCategory;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An institution keeps its own service catalog: adds, changes and withdraws items, and sees them all. */
@Service
public class InstitutionCatalog {

	public record NewService(String title, ServiceCategory category, String description, Money price, String priceUnit,
			int leadTimeDays, String standards) {
	}

	private final ServiceItemRepository services;
	private final Institutions institutions;
	private final BusinessClock clock;

	InstitutionCatalog(ServiceItemRepository services, Institutions institutions, BusinessClock clock) {
		this.services = services;
		this.institutions = institutions;
		this.clock = clock;
	}

	@Transactional
	public ServiceItem add(InstitutionId institutionId, NewService s, CurrentUser user) {
		check(institutionId, s, user);
		return services.save(ServiceItem.add(Ids.newId(), institutionId.value(), s.title().trim(), s.category(),
				s.description().trim(), s.price(), s.priceUnit().trim(), s.leadTimeDays(), standards(s), clock.now()));
	}

	/** The institution changes what one of its items says; the same rules as adding one. */
	@Transactional
	public ServiceItem change(InstitutionId institutionId, String serviceId, NewService s, CurrentUser user) {
		check(institutionId, s, user);
		ServiceItem item = own(institutionId, serviceId);
		item.change(s.title().trim(), s.category(), s.description().trim(), s.price(), s.priceUnit().trim(),
				s.leadTimeDays(), standards(s));
		return services.save(item);
	}

	@Transactional
	public ServiceItem withdraw(InstitutionId institutionId, String serviceId, CurrentUser user) {
		requireSelf(institutionId, user);
		ServiceItem item = own(institutionId, serviceId);
		if (!item.isActive()) {
			throw DomainException.invalidState("the service is withdrawn already");
		}
		item.withdraw();
		return services.save(item);
	}

	/** Every item of the institution's own catalog, withdrawn ones too: offered ones first, then by title. */
	@Transactional(readOnly = true)
	public PageResult<ServiceItem> items(InstitutionId institutionId, CurrentUser user, Pageable paging) {
		requireSelf(institutionId, user);
		return PageResult.of(services.findByInstitutionId(institutionId.value(), paging), i -> i);
	}

	/** One item of the institution's own catalog, withdrawn or not. */
	@Transactional(readOnly = true)
	public ServiceItem item(InstitutionId institutionId, String serviceId, CurrentUser user) {
		requireSelf(institutionId, user);
		return own(institutionId, serviceId);
	}

	/** How many items the institution offers now (withdrawn ones left out). */
	@Transactional(readOnly = true)
	public long offered(InstitutionId institutionId) {
		return services.countByInstitutionIdAndActiveTrue(institutionId.value());
	}

	private void check(InstitutionId institutionId, NewService s, CurrentUser user) {
		Institution institution = institutions.get(institutionId);
		requireSelf(institutionId, user);
		if (!institution.offers(s.category())) {
			throw new DomainException(ErrorCode.CATEGORY_NOT_COVERED,
					"the institution is not registered for category " + s.category());
		}
		if (s.price().isNegative()) {
			throw DomainException.invalid("price", "must not be negative");
		}
	}

	private static void requireSelf(InstitutionId institutionId, CurrentUser user) {
		if (!institutionId.equals(user.institution())) {
			throw DomainException.forbidden("only the institution itself edits its catalog");
		}
	}

	private ServiceItem own(InstitutionId institutionId, String serviceId) {
		return institutions.service(serviceId)
			.filter(i -> i.institution().equals(institutionId))
			.orElseThrow(() -> DomainException.notFound("service", serviceId));
	}

	/** Blank standards are none. */
	private static String standards(NewService s) {
		return s.standards() == null || s.standards().isBlank() ? null : s.standards().trim();
	}
}
