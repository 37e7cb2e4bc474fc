package org.innovoucher.institution;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.InstitutionId;
import org.innovoucher.shared.PageResult;
import org.innovoucher.shared.Regions;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The institution module's API for readers: institutions, their catalogs and the catalog search.
 * Who changes them: {@link InstitutionRegistrations} (anyone registering), {@link InstitutionCatalog}
 * (the institution itself) and {@link Recognitions} (the operator).
 */
@Service
public class Institutions {

	private final InstitutionRepository institutions;
	private final ServiceItemRepository services;
	private final Regions regions;

	Institutions(InstitutionRepository institutions, ServiceItemRepository services, Regions regions) {
		this.institutions = institutions;
		this.services = services;
		this.regions = regions;
	}

	public Institution get(InstitutionId id) {
		return institutions.findById(id.value()).orElseThrow(() -> DomainException.notFound("institution", id.value()));
	}

	/** Recognised institutions are public; others only to themselves and staff of their region. */
	public Institution getVisible(InstitutionId id, CurrentUser user) {
		Institution institution = get(id);
		boolean visible = institution.isRecognised()
				|| (user != null && (id.equals(user.institution())
						|| user.isStaffCovering(institution.getRegionCode(), regions)));
		if (!visible) {
			throw DomainException.notFound("institution", id.value());
		}
		return institution;
	}

	/**
	 * Institutions by status, region and name (or exact USCC). The public sees recognised ones only;
	 * staff see every status in the regions they cover, e.g. the operator's queue of applications.
	 * A null type is every type.
	 */
	public PageResult<Institution> list(CurrentUser user, Institution.Status status, String regionCode,
			InstitutionType type, String q, Pageable paging) {
		boolean staff = user != null && user.isStaff();
		Set<Institution.Status> statuses = staff ? EnumSet.allOf(Institution.Status.class)
				: EnumSet.of(Institution.Status.RECOGNISED);
		if (status != null) {
			statuses.retainAll(EnumSet.of(status));
		}
		List<String> scope = regions.listScope(regionCode, staff ? user.regionCode() : null);
		if (statuses.isEmpty() || scope.isEmpty()) {
			return PageResult.empty(paging);
		}
		String text = q == null || q.isBlank() ? null : q.trim();
		return PageResult.of(institutions.search(scope, statuses, type,
				text == null ? null : "%" + text.toLowerCase(Locale.ROOT) + "%",
				text == null ? null : text.toUpperCase(Locale.ROOT), paging), i -> i);
	}

	public java.util.Optional<ServiceItem> service(String id) {
		return services.findById(id);
	}

	/** The items an institution offers now (withdrawn ones left out), for its public page. */
	public PageResult<ServiceItem> offeredBy(InstitutionId id, Pageable paging) {
		return PageResult.of(services.findByInstitutionIdAndActiveTrue(id.value(), paging), i -> i);
	}
}
