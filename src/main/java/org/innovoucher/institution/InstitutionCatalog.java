package org.innovoucher.institution;

import org.innovoucher.shared.BusinessClock;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.ErrorCode;
import org.innovoucher.shared.Ids;
import org.innovoucher.shared.InstitutionId;
import org.innovoucher.shared.Money;
import org.innovoucher.shared.ServiceCategory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An institution keeps its own service catalog: adds and withdraws items. */
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
		Institution institution = institutions.get(institutionId);
		if (!institutionId.equals(user.institution())) {
			throw DomainException.forbidden("only the institution itself edits its catalog");
		}
		if (!institution.offers(s.category())) {
			throw new DomainException(ErrorCode.CATEGORY_NOT_COVERED,
					"the institution is not registered for category " + s.category());
		}
		if (s.price().isNegative()) {
			throw DomainException.invalid("price", "must not be negative");
		}
		return services.save(ServiceItem.add(Ids.newId(), institutionId.value(), s.title().trim(), s.category(),
				s.description().trim(), s.price(), s.priceUnit().trim(), s.leadTimeDays(), s.standards(), clock.now()));
	}

	@Transactional
	public ServiceItem withdraw(InstitutionId institutionId, String serviceId, CurrentUser user) {
		if (!institutionId.equals(user.institution())) {
			throw DomainException.forbidden("only the institution itself edits its catalog");
		}
		ServiceItem item = institutions.service(serviceId)
			.filter(i -> i.institution().equals(institutionId))
			.orElseThrow(() -> DomainException.notFound("service", serviceId));
		if (!item.isActive()) {
			throw DomainException.invalidState("the service is withdrawn already");
		}
		item.withdraw();
		return services.save(item);
	}
}
