package org.innovoucher.institution;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.innovoucher.audit.AuditTrail;
import org.innovoucher.identity.Accounts;
import org.innovoucher.identity.UserAccount;
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
import org.innovoucher.shared.Uscc;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The institution module's API: registration, recognition, catalog and its search. */
@Service
public class Institutions {

	public record Registration(String username, String password, String email, String uscc, String name,
			String regionCode, InstitutionType type, Set<ServiceCategory> categories, List<String> qualifications,
			List<String> relatedParties) {
	}

	public record Registered(String userId, String institutionId, Institution.Status status) {
	}

	public record NewService(String title, ServiceCategory category, String description, Money price, String priceUnit,
			int leadTimeDays, String standards) {
	}

	/** A catalog search hit: the item and who offers it. */
	public record CatalogEntry(ServiceItem item, String institutionName, String regionCode) {
	}

	private final InstitutionRepository institutions;
	private final ServiceItemRepository services;
	private final Accounts accounts;
	private final Regions regions;
	private final BusinessClock clock;
	private final AuditTrail audit;
	private final JdbcClient jdbc;

	Institutions(InstitutionRepository institutions, ServiceItemRepository services, Accounts accounts, Regions regions,
			BusinessClock clock, AuditTrail audit, JdbcClient jdbc) {
		this.institutions = institutions;
		this.services = services;
		this.accounts = accounts;
		this.regions = regions;
		this.clock = clock;
		this.audit = audit;
		this.jdbc = jdbc;
	}

	@Transactional
	public Registered register(Registration r) {
		Uscc uscc = Uscc.of(r.uscc());
		regions.require(r.regionCode(), "institution.regionCode");
		if (r.categories() == null || r.categories().isEmpty()) {
			throw DomainException.invalid("institution.categories", "at least one service category");
		}
		List<String> related = new ArrayList<>();
		if (r.relatedParties() != null) {
			r.relatedParties().forEach(p -> related.add(Uscc.of(p).value()));
		}
		if (institutions.existsByUscc(uscc.value())) {
			throw new DomainException(ErrorCode.DUPLICATE_USCC, "an institution with USCC " + uscc + " is registered already",
					List.of(new DomainException.FieldError("institution.uscc", "already registered")));
		}
		Institution institution = new Institution(Ids.newId(), uscc.value(), r.name().trim(), r.regionCode(), r.type(),
				r.categories(), r.qualifications() == null ? List.of() : r.qualifications(), related, clock.now());
		institutions.save(institution);
		UserAccount user = accounts.create(new Accounts.NewAccount(r.username(), r.password(), r.email(),
				EnumSet.of(Role.INSTITUTION), r.regionCode(), null, institution.getId()));
		// registration is open to anyone: the registrant is who acted
		String registrant = CurrentUser.current().map(CurrentUser::username).orElse(r.username());
		audit.recordAs(registrant, "INSTITUTION_REGISTERED", "INSTITUTION", institution.getId(), null,
				Institution.Status.PENDING_RECOGNITION.name(), institution.getName());
		return new Registered(user.getId(), institution.getId(), institution.getStatus());
	}

	public Institution get(String id) {
		return institutions.findById(id).orElseThrow(() -> DomainException.notFound("institution", id));
	}

	/** Recognised institutions are public; others only to themselves and staff of their region. */
	public Institution getVisible(String id, CurrentUser user) {
		Institution institution = get(id);
		boolean visible = institution.isRecognised()
				|| (user != null && (id.equals(user.institutionId())
						|| user.isStaffCovering(institution.getRegionCode(), regions)));
		if (!visible) {
			throw DomainException.notFound("institution", id);
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

	/** The operator decides an application for recognition, or suspends, reinstates or revokes. */
	@Transactional
	public Institution decide(String id, Institution.Status next, String reason, CurrentUser user) {
		// the role first: anyone but an operator is refused (403) whether or not the institution is visible
		if (!user.has(Role.OPERATOR)) {
			throw DomainException.forbidden("recognition is decided by an operator");
		}
		Institution institution = get(id);
		if (!user.isStaffCovering(institution.getRegionCode(), regions)) {
			throw DomainException.notFound("institution", id);
		}
		Institution.Status before = institution.moveTo(next, reason);
		institutions.save(institution);
		audit.record("INSTITUTION_" + next.name(), "INSTITUTION", id, before.name(), next.name(), reason);
		return institution;
	}

	@Transactional
	public ServiceItem addService(String institutionId, NewService s, CurrentUser user) {
		Institution institution = get(institutionId);
		if (!institutionId.equals(user.institutionId())) {
			throw DomainException.forbidden("only the institution itself edits its catalog");
		}
		if (!institution.offers(s.category())) {
			throw new DomainException(ErrorCode.CATEGORY_NOT_COVERED,
					"the institution is not registered for category " + s.category());
		}
		if (s.price().isNegative()) {
			throw DomainException.invalid("price", "must not be negative");
		}
		ServiceItem item = services.save(new ServiceItem(Ids.newId(), institutionId, s.title().trim(), s.category(),
				s.description().trim(), s.price(), s.priceUnit().trim(), s.leadTimeDays(), s.standards(), clock.now()));
		audit.record("SERVICE_ADDED", "SERVICE", item.getId(), null, "ACTIVE", item.getTitle());
		return item;
	}

	@Transactional
	public ServiceItem withdrawService(String institutionId, String serviceId, CurrentUser user) {
		if (!institutionId.equals(user.institutionId())) {
			throw DomainException.forbidden("only the institution itself edits its catalog");
		}
		ServiceItem item = service(serviceId).filter(i -> i.getInstitutionId().equals(institutionId))
			.orElseThrow(() -> DomainException.notFound("service", serviceId));
		if (!item.isActive()) {
			throw DomainException.invalidState("the service is withdrawn already");
		}
		item.withdraw();
		audit.record("SERVICE_WITHDRAWN", "SERVICE", serviceId, "ACTIVE", "WITHDRAWN", null);
		return item;
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
