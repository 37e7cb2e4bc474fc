package org.innovoucher.institution.web;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.innovoucher.institution.CatalogQuery;
import org.innovoucher.institution.CatalogSearch;
import org.innovoucher.institution.Institution;
import org.innovoucher.institution.InstitutionType;
import org.innovoucher.institution.InstitutionBankAccount;
import org.innovoucher.institution.InstitutionCatalog;
import org.innovoucher.institution.InstitutionRegistrations;
import org.innovoucher.institution.Institutions;
import org.innovoucher.institution.Recognitions;
import org.innovoucher.institution.ServiceItem;
import org.innovoucher.shared.BankAccount;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.InstitutionId;
import org.innovoucher.shared.Money;
import org.innovoucher.shared.PageResult;
import org.innovoucher.shared.ServiceCategory;
import org.innovoucher.shared.TextLimits;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Institutions and catalog")
class InstitutionController {

	private final Institutions institutions;
	private final InstitutionRegistrations registrations;
	private final Recognitions recognitions;
	private final InstitutionCatalog catalog;
	private final CatalogSearch catalogSearch;
	private final InstitutionBankAccount bankAccounts;

	InstitutionController(Institutions institutions, InstitutionRegistrations registrations, Recognitions recognitions,
			InstitutionCatalog catalog, CatalogSearch catalogSearch, InstitutionBankAccount bankAccounts) {
		this.bankAccounts = bankAccounts;
		this.institutions = institutions;
		this.registrations = registrations;
		this.recognitions = recognitions;
		this.catalog = catalog;
		this.catalogSearch = catalogSearch;
	}

	record InstitutionBody(@NotBlank @Size(max = TextLimits.CODE) String uscc, @NotBlank @Size(max = TextLimits.NAME) String name,
			@NotBlank @Size(max = TextLimits.CODE) String regionCode,
			@NotNull InstitutionType type, @NotEmpty Set<@NotNull ServiceCategory> categories,
			@Size(max = TextLimits.LIST_ITEMS) List<@NotBlank @Size(max = TextLimits.SHORT_TEXT) String> qualifications,
			@Size(max = TextLimits.LIST_ITEMS) List<@NotBlank @Size(max = TextLimits.CODE) String> relatedParties) {
	}

	record RegistrationBody(@NotBlank @Size(max = TextLimits.USERNAME) String username,
			@NotBlank @Size(max = TextLimits.PASSWORD) String password, @NotBlank @Size(max = TextLimits.EMAIL) String email,
			@NotNull @Valid InstitutionBody institution) {
	}

	@PostMapping("/registrations/institutions")
	@ResponseStatus(HttpStatus.CREATED)
	InstitutionRegistrations.Registered register(@Valid @RequestBody RegistrationBody body) {
		InstitutionBody i = body.institution();
		return registrations.register(new InstitutionRegistrations.Registration(body.username(), body.password(), body.email(),
				i.uscc(), i.name(), i.regionCode(), i.type(), i.categories(), i.qualifications(), i.relatedParties()));
	}

	record InstitutionView(String id, String uscc, String name, String regionCode, InstitutionType type,
			Institution.Status status, List<String> categories, List<String> qualifications, BankAccount bankAccount) {

		static InstitutionView of(Institution i) {
			return new InstitutionView(i.getId(), i.getUscc(), i.getName(), i.getRegionCode(), i.getType(),
					i.getStatus(), i.getCategories(), i.getQualifications(), null);
		}

		/** With the bank account: for the institution itself and staff, never for the public. */
		static InstitutionView withAccount(Institution i) {
			return new InstitutionView(i.getId(), i.getUscc(), i.getName(), i.getRegionCode(), i.getType(),
					i.getStatus(), i.getCategories(), i.getQualifications(), i.getBankAccount());
		}
	}

	/**
	 * Institutions by region, status, type, name or USCC: the public sees recognised ones; staff see every
	 * status in the regions they cover (e.g. {@code ?status=PENDING_RECOGNITION}, the operator's queue).
	 */
	@GetMapping("/institutions")
	PageResult<InstitutionView> list(@RequestParam(required = false) String regionCode,
			@RequestParam(required = false) Institution.Status status, @RequestParam(required = false) InstitutionType type,
			@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		PageResult<Institution> found = institutions.list(CurrentUser.current().orElse(null), status, regionCode, type, q,
				PageResult.request(page, size, Sort.by("name")));
		return new PageResult<>(found.items().stream().map(InstitutionView::of).toList(), found.page(), found.size(),
				found.total());
	}

	@GetMapping("/institutions/{id}")
	InstitutionView get(@PathVariable String id) {
		CurrentUser user = CurrentUser.current().orElse(null);
		Institution institution = institutions.getVisible(InstitutionId.of(id), user);
		boolean own = user != null && (institution.id().equals(user.institution()) || user.isStaff());
		return own ? InstitutionView.withAccount(institution) : InstitutionView.of(institution);
	}

	/** The account as the body names it; {@link BankAccount} checks every field and reports them all. */
	record BankAccountBody(@Size(max = TextLimits.NAME) String accountName, @Size(max = TextLimits.NAME) String bankName,
			@Size(max = TextLimits.LABEL) String bankCode, @Size(max = TextLimits.LABEL) String accountNumber) {
	}

	/** The institution names the account it is paid to (api.md, December 2026). */
	@PutMapping("/institutions/{id}/bank-account")
	InstitutionView keepBankAccount(@PathVariable String id, @Valid @RequestBody BankAccountBody body) {
		return InstitutionView.withAccount(bankAccounts.keep(InstitutionId.of(id),
				new BankAccount(body.accountName(), body.bankName(), body.bankCode(), body.accountNumber()),
				CurrentUser.require()));
	}

	enum Decision {
		APPROVE(Institution.Status.RECOGNISED), REJECT(Institution.Status.REJECTED), SUSPEND(Institution.Status.SUSPENDED),
		REINSTATE(Institution.Status.RECOGNISED), REVOKE(Institution.Status.REVOKED);

		final Institution.Status next;

		Decision(Institution.Status next) {
			this.next = next;
		}
	}

	record RecognitionBody(@NotNull Decision decision, @Size(max = TextLimits.REASON) String reason) {
	}

	@PostMapping("/institutions/{id}/recognition")
	Map<String, Object> recognise(@PathVariable String id, @Valid @RequestBody RecognitionBody body) {
		Institution institution = recognitions.decide(InstitutionId.of(id), body.decision().next, body.reason(), CurrentUser.require());
		return Map.of("id", institution.getId(), "status", institution.getStatus());
	}

	record ServiceBody(@NotBlank @Size(max = TextLimits.NAME) String title, @NotNull ServiceCategory category,
			@NotBlank @Size(max = TextLimits.LONG_TEXT) String description, @NotNull Money price, @NotBlank @Size(max = TextLimits.LABEL) String priceUnit,
			@NotNull @Min(0) @Max(3650) Integer leadTimeDays, @Size(max = TextLimits.MEDIUM_TEXT) String standards) {
	}

	record ServiceView(String id, String institutionId, String title, ServiceCategory category, String description,
			Money price, String priceUnit, int leadTimeDays, String standards, boolean active, String institutionName,
			String regionCode) {

		static ServiceView of(ServiceItem s, String institutionName, String regionCode) {
			return new ServiceView(s.getId(), s.getInstitutionId(), s.getTitle(), s.getCategory(), s.getDescription(),
					s.getPrice(), s.getPriceUnit(), s.getLeadTimeDays(), s.getStandards(), s.isActive(), institutionName,
					regionCode);
		}
	}

	@PostMapping("/institutions/{id}/services")
	@ResponseStatus(HttpStatus.CREATED)
	ServiceView addService(@PathVariable String id, @Valid @RequestBody ServiceBody body) {
		ServiceItem item = catalog.add(InstitutionId.of(id), new InstitutionCatalog.NewService(body.title(), body.category(),
				body.description(), body.price(), body.priceUnit(), body.leadTimeDays(), body.standards()),
				CurrentUser.require());
		Institution owner = institutions.get(InstitutionId.of(id));
		return ServiceView.of(item, owner.getName(), owner.getRegionCode());
	}

	/** Changes an item of the institution's own catalog: the same checks as adding one. */
	@PutMapping("/institutions/{id}/services/{serviceId}")
	ServiceView changeService(@PathVariable String id, @PathVariable String serviceId,
			@Valid @RequestBody ServiceBody body) {
		ServiceItem item = catalog.change(InstitutionId.of(id), serviceId, new InstitutionCatalog.NewService(body.title(),
				body.category(), body.description(), body.price(), body.priceUnit(), body.leadTimeDays(), body.standards()),
				CurrentUser.require());
		Institution owner = institutions.get(InstitutionId.of(id));
		return ServiceView.of(item, owner.getName(), owner.getRegionCode());
	}

	@DeleteMapping("/institutions/{id}/services/{serviceId}")
	ServiceView withdrawService(@PathVariable String id, @PathVariable String serviceId) {
		ServiceItem item = catalog.withdraw(InstitutionId.of(id), serviceId, CurrentUser.require());
		Institution owner = institutions.get(InstitutionId.of(id));
		return ServiceView.of(item, owner.getName(), owner.getRegionCode());
	}

	/** A page of the catalog, as every list is shaped, with the counts of each filter's values. */
	record CatalogPageView(List<ServiceView> items, int page, int size, long total,
			Map<String, List<CatalogSearch.FacetCount>> facets) {
	}

	/**
	 * The catalog search: words (Chinese with synonyms), filters, {@code sort} one of relevance,
	 * price_asc, price_desc, lead_time, newest; facets count category, region (the institution's city),
	 * type and price ranges over everything that matched.
	 */
	@GetMapping("/services")
	CatalogPageView search(@RequestParam(required = false) String q,
			@RequestParam(required = false) ServiceCategory category, @RequestParam(required = false) String regionCode,
			@RequestParam(required = false) InstitutionType type, @RequestParam(required = false) String minPrice,
			@RequestParam(required = false) String maxPrice, @RequestParam(required = false) String sort,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		Pageable paging = PageResult.request(page, size, Sort.unsorted());
		CatalogSearch.Result found = catalogSearch.search(new CatalogQuery(q, category, regionCode, type,
				price("minPrice", minPrice), price("maxPrice", maxPrice), CatalogQuery.Order.parse(sort),
				paging.getPageNumber(), paging.getPageSize()));
		return new CatalogPageView(found.items().stream()
			.map(e -> new ServiceView(e.id(), e.institutionId(), e.title(), e.category(), e.description(), e.price(),
					e.priceUnit(), e.leadTimeDays(), e.standards(), true, e.institutionName(), e.regionCode()))
			.toList(), found.page(), found.size(), found.total(), found.facets());
	}

	private static Money price(String field, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Money.parse(text);
		}
		catch (IllegalArgumentException e) {
			throw org.innovoucher.shared.DomainException.invalid(field, "must be an amount of yuan, e.g. 5000.00");
		}
	}

	@GetMapping("/services/{id}")
	ServiceView service(@PathVariable String id) {
		ServiceItem item = institutions.service(id)
			.orElseThrow(() -> org.innovoucher.shared.DomainException.notFound("service", id));
		Institution owner = institutions.getVisible(item.institution(), CurrentUser.current().orElse(null));
		return ServiceView.of(item, owner.getName(), owner.getRegionCode());
	}

}
