package org.innovoucher.institution.web;

import java.util.List;

import org.innovoucher.institution.Institution;
import org.innovoucher.institution.InstitutionCatalog;
import org.innovoucher.institution.Institutions;
import org.innovoucher.institution.ServiceItem;
import org.innovoucher.portal.PageErrors;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.ErrorCode;
import org.innovoucher.shared.InstitutionId;
import org.innovoucher.shared.PageResult;
import org.innovoucher.shared.ServiceCategory;
import org.innovoucher.shared.web.Spreadsheet;
import org.innovoucher.shared.web.Spreadsheets;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The institution's own catalog: every item, withdrawn ones marked; add one, change one, withdraw
 * one after a confirmation. The same {@link InstitutionCatalog} as the API; the public catalog's
 * search index follows the changes by itself.
 */
@Controller
@RequestMapping("/workspace/catalog")
class OwnCatalogPages {

	static final int PAGE_SIZE = 50;
	static final String FORM = "serviceForm";
	static final String BASE = "/workspace/catalog";
	/** The offered first, then by title. */
	private static final Sort ORDER = Sort.by(Sort.Order.desc("active"), Sort.Order.asc("title"), Sort.Order.asc("id"));

	private final InstitutionCatalog catalog;
	private final Institutions institutions;
	private final PageErrors pageErrors;
	private final Spreadsheets spreadsheets;

	OwnCatalogPages(InstitutionCatalog catalog, Institutions institutions, PageErrors pageErrors,
			Spreadsheets spreadsheets) {
		this.spreadsheets = spreadsheets;
		this.catalog = catalog;
		this.institutions = institutions;
		this.pageErrors = pageErrors;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "0") int page, Model model) {
		CurrentUser user = CurrentUser.require();
		InstitutionId mine = InstitutionStatusPage.mine(user);
		PageResult<ServiceItem> items = catalog.items(mine, user,
				PageResult.request(Math.max(page, 0), PAGE_SIZE, ORDER));
		model.addAttribute("institution", institutions.get(mine));
		model.addAttribute("items", items);
		model.addAttribute("offered", catalog.offered(mine));
		return "institution/own-catalog";
	}

	/** The whole catalog as a workbook; an offered item with the address where it is changed. */
	@GetMapping(params = Spreadsheets.FORMAT)
	ResponseEntity<byte[]> listWorkbook() {
		CurrentUser user = CurrentUser.require();
		InstitutionId mine = InstitutionStatusPage.mine(user);
		Spreadsheet sheet = spreadsheets.sheet("instws.catalog.title")
			.column("instws.field.title", Spreadsheet.Kind.TEXT)
			.column("contract.field.status", Spreadsheet.Kind.TEXT)
			.column("instws.field.category", Spreadsheet.Kind.TEXT)
			.column("instws.field.price", Spreadsheet.Kind.MONEY)
			.column("instws.field.priceUnit", Spreadsheet.Kind.TEXT)
			.column("instws.field.leadTimeDays", Spreadsheet.Kind.COUNT)
			.column("download.address", Spreadsheet.Kind.TEXT);
		sheet.everyPage(page -> catalog.items(mine, user, PageResult.request(page, PageResult.MAX_SIZE, ORDER)),
				found -> found.forEach(s -> sheet.row(s.getTitle(),
						sheet.words(s.isActive() ? "instws.item.offered" : "instws.item.withdrawn"),
						sheet.words("category." + s.getCategory()), s.getPrice(), s.getPriceUnit(), s.getLeadTimeDays(),
						s.isActive() ? BASE + "/" + s.getId() + "/edit" : null)));
		return sheet.download("service-catalog");
	}

	@GetMapping("/new")
	String blank(Model model) {
		CurrentUser user = CurrentUser.require();
		return form(model, InstitutionStatusPage.mine(user), null, new ServiceForm(), PageErrors.Shown.NONE);
	}

	@PostMapping("/new")
	String add(@ModelAttribute(FORM) ServiceForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
		CurrentUser user = CurrentUser.require();
		InstitutionId mine = InstitutionStatusPage.mine(user);
		form.check(binding);
		if (binding.hasErrors()) {
			return form(model, mine, null, form, pageErrors.of(binding));
		}
		ServiceItem added;
		try {
			added = catalog.add(mine, form.toService(), user);
		}
		catch (DomainException e) {
			return form(model, mine, null, form, refused(e));
		}
		return done(redirect, "added", added);
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable String id, Model model) {
		CurrentUser user = CurrentUser.require();
		InstitutionId mine = InstitutionStatusPage.mine(user);
		ServiceItem item = offered(mine, id, user);
		return form(model, mine, item, ServiceForm.of(item), PageErrors.Shown.NONE);
	}

	@PostMapping("/{id}/edit")
	String change(@PathVariable String id, @ModelAttribute(FORM) ServiceForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		CurrentUser user = CurrentUser.require();
		InstitutionId mine = InstitutionStatusPage.mine(user);
		ServiceItem item = offered(mine, id, user);
		form.check(binding);
		if (binding.hasErrors()) {
			return form(model, mine, item, form, pageErrors.of(binding));
		}
		ServiceItem changed;
		try {
			changed = catalog.change(mine, id, form.toService(), user);
		}
		catch (DomainException e) {
			return form(model, mine, item, form, refused(e));
		}
		return done(redirect, "changed", changed);
	}

	/** The question before withdrawing: withdrawn is for good, so it is asked once more. */
	@GetMapping("/{id}/withdraw")
	String confirmWithdrawal(@PathVariable String id, Model model) {
		CurrentUser user = CurrentUser.require();
		model.addAttribute("item", offered(InstitutionStatusPage.mine(user), id, user));
		return "institution/own-withdraw";
	}

	@PostMapping("/{id}/withdraw")
	String withdraw(@PathVariable String id, RedirectAttributes redirect) {
		CurrentUser user = CurrentUser.require();
		InstitutionId mine = InstitutionStatusPage.mine(user);
		ServiceItem item = catalog.item(mine, id, user);
		if (!item.isActive()) {
			// withdrawn already (a second click, a reload): say so rather than refuse
			return done(redirect, "withdrawn", item);
		}
		return done(redirect, "withdrawn", catalog.withdraw(mine, id, user));
	}

	/** An item the institution still offers; a withdrawn one is not changed, so its pages lead back to the list. */
	private ServiceItem offered(InstitutionId mine, String id, CurrentUser user) {
		ServiceItem item = catalog.item(mine, id, user);
		if (!item.isActive()) {
			throw DomainException.invalidState("the service is withdrawn");
		}
		return item;
	}

	/**
	 * A refusal of the catalog's rules beside its field: a category the institution is not registered
	 * for, a negative price; anything else above the form.
	 */
	private PageErrors.Shown refused(DomainException e) {
		if (e.code() == ErrorCode.CATEGORY_NOT_COVERED) {
			return pageErrors.on("category", "instws.form.category.notRegistered");
		}
		if (e.fieldErrors().stream().anyMatch(f -> f.field().equals("price"))) {
			return pageErrors.on("price", "instws.form.price.negative");
		}
		return pageErrors.of(e, "form");
	}

	private String done(RedirectAttributes redirect, String what, ServiceItem item) {
		redirect.addFlashAttribute("done", what);
		redirect.addFlashAttribute("doneTitle", item.getTitle());
		return "redirect:/workspace/catalog";
	}

	private String form(Model model, InstitutionId mine, ServiceItem item, ServiceForm form, PageErrors.Shown shown) {
		Institution institution = institutions.get(mine);
		List<ServiceCategory> categories = institution.getCategories().stream().map(ServiceCategory::valueOf).toList();
		model.addAttribute("institution", institution);
		model.addAttribute("item", item);
		model.addAttribute(FORM, form);
		model.addAttribute("categories", categories);
		model.addAttribute(PageErrors.MODEL, shown);
		return "institution/own-service";
	}
}
