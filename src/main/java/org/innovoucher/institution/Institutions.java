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
import org.innovoucher.shared.ServiceCategory;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The institution module's API for readers: institutions, their catalogs and the catalog search.
 * Who changes them: {@link InstitutionRegistrations} (anyone registering), {@link InstitutionCatalog}
 * (the institution itself) and {@link Recognitions} (the operator).
 */
@Service
public class Institutions {

	/** A catalog search hit: the item and who offers it. */
	public record CatalogEntry(ServiceItem item, String institutionName, String regionCode) {
	}

	private final InstitutionRepository institutions;
	private final ServiceItemRepository services;
	private final Regions regions;
	private final JdbcClient jdbc;

	Institutions(InstitutionRepository institutions, ServiceItemRepository services, Regions regions, JdbcClient jdbc) {
		this.institutions = institutions;
		this.services = services;
		this.regions = regions;
		this.jdbc = jdbc;
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
	 */
	public PageResult<Institution> list(CurrentUser user, Institution.Status status, String regionCode, String q,
			Pageable paging) {
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
		return PageResult.of(institutions.search(scope, statuses,
				text == null ? null : "%" + text.toLowerCase(Locale.ROOT) + "%",
				text == null ? null : text.toUpperCase(Locale.ROOT), paging), i -> i);
	}

	public java.util.Optional<ServiceItem> service(String id) {
		return services.findById(id);
	}

	/**
	 * Searches the catalog of recognised institutions. Every whitespace-separated word of {@code q}
	 * must occur in the title, description, category or the institution's name; Chinese words match as
	 * substrings, English case-insensitively.
	 */
	@Transactional(readOnly = true)
	public PageResult<CatalogEntry> search(String q, ServiceCategory category, String regionCode, Pageable paging) {
		StringBuilder where = new StringBuilder(
				" from service_item s join institution i on i.id = s.institution_id where s.active = true and i.status = 'RECOGNISED'");
		java.util.Map<String, Object> params = new java.util.HashMap<>();
		if (q != null && !q.isBlank()) {
			String[] words = q.trim().toLowerCase(Locale.ROOT).split("\\s+");
			for (int n = 0; n < words.length && n < 10; n++) {
				where.append(" and lower(s.title || ' ' || s.description || ' ' || s.category || ' ' || i.name) like :w")
					.append(n)
					.append(" escape '!'");
				params.put("w" + n, "%" + words[n].replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
			}
		}
		if (category != null) {
			where.append(" and s.category = :category");
			params.put("category", category.name());
		}
		if (regionCode != null && !regionCode.isBlank()) {
			List<String> within = regions.selfAndDescendants(regionCode);
			if (within.isEmpty()) {
				throw DomainException.invalid("regionCode", "unknown region code " + regionCode);
			}
			where.append(" and i.region_code in (:regions)");
			params.put("regions", within);
		}
		long total = jdbc.sql("select count(*)" + where).params(params).query(Long.class).single();
		List<String> ids = jdbc.sql("select s.id" + where + " order by s.created_at desc, s.id limit :limit offset :offset")
			.params(params)
			.param("limit", paging.getPageSize())
			.param("offset", paging.getOffset())
			.query(String.class)
			.list();
		java.util.Map<String, ServiceItem> items = new java.util.HashMap<>();
		services.findAllById(ids).forEach(i -> items.put(i.getId(), i));
		java.util.Map<String, Institution> owners = new java.util.HashMap<>();
		institutions.findAllById(items.values().stream().map(ServiceItem::getInstitutionId).distinct().toList())
			.forEach(i -> owners.put(i.getId(), i));
		List<CatalogEntry> entries = ids.stream().map(items::get).map(item -> {
			Institution owner = owners.get(item.getInstitutionId());
			return new CatalogEntry(item, owner.getName(), owner.getRegionCode());
		}).toList();
		return new PageResult<>(entries, paging.getPageNumber(), paging.getPageSize(), total);
	}
}
