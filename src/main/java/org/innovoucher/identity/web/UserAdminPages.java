package org.innovoucher.identity.web;

import java.util.List;

import org.innovoucher.identity.AccountAdministration;
import org.innovoucher.identity.Accounts;
import org.innovoucher.identity.UserAccount;
import org.innovoucher.portal.Formats;
import org.innovoucher.portal.PageErrors;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.PageResult;
import org.innovoucher.shared.Regions;
import org.innovoucher.shared.Role;
import org.innovoucher.shared.web.Spreadsheet;
import org.innovoucher.shared.web.Spreadsheets;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A system administrator's accounts: the list with filters, a new account, and one account's page to
 * disable or enable it, change its roles and region, and set a new password. The same
 * {@link AccountAdministration} as the API, so the same checks of role and region; a refusal is shown
 * beside its field in the page's words ({@code useradmin.refused.<field>}).
 */
@Controller
@RequestMapping("/workspace/users")
class UserAdminPages {

	static final int PAGE_SIZE = 50;
	static final String REFUSED = "useradmin.refused";
	static final String BASE = "/workspace/users";

	private final AccountAdministration administration;
	private final Accounts accounts;
	private final Regions regions;
	private final PageErrors pageErrors;
	private final Spreadsheets spreadsheets;
	private final Formats formats;

	UserAdminPages(AccountAdministration administration, Accounts accounts, Regions regions, PageErrors pageErrors,
			Spreadsheets spreadsheets, Formats formats) {
		this.spreadsheets = spreadsheets;
		this.formats = formats;
		this.administration = administration;
		this.accounts = accounts;
		this.regions = regions;
		this.pageErrors = pageErrors;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String role,
			@RequestParam(defaultValue = "") String region, @RequestParam(defaultValue = "") String status,
			@RequestParam(defaultValue = "0") int page, Model model) {
		CurrentUser admin = CurrentUser.require();
		AccountAdministration.Filter filter = filter(admin, q, role, region, status);
		PageResult<UserAccount> found = administration.list(filter,
				PageResult.request(Math.max(page, 0), PAGE_SIZE, Sort.unsorted()));
		model.addAttribute("users", found);
		model.addAttribute("q", q);
		model.addAttribute("role", filter.role() == null ? "" : filter.role().name());
		model.addAttribute("region", filter.regionCode() == null ? "" : filter.regionCode());
		model.addAttribute("status", filter.enabled() == null ? "" : status);
		model.addAttribute("allRoles", List.of(Role.values()));
		model.addAttribute("regions", regions.scope(admin.regionCode()));
		return "identity/users";
	}

	/** The accounts with the same filters, all of them, as a workbook. */
	@GetMapping(params = Spreadsheets.FORMAT)
	ResponseEntity<byte[]> listWorkbook(@RequestParam(defaultValue = "") String q,
			@RequestParam(defaultValue = "") String role, @RequestParam(defaultValue = "") String region,
			@RequestParam(defaultValue = "") String status) {
		AccountAdministration.Filter filter = filter(CurrentUser.require(), q, role, region, status);
		Spreadsheet sheet = spreadsheets.sheet("useradmin.title")
			.column("useradmin.col.username", Spreadsheet.Kind.TEXT)
			.column("useradmin.col.roles", Spreadsheet.Kind.TEXT)
			.column("useradmin.col.region", Spreadsheet.Kind.TEXT)
			.column("useradmin.col.status", Spreadsheet.Kind.TEXT)
			.column("useradmin.col.created", Spreadsheet.Kind.TIME)
			.column("download.address", Spreadsheet.Kind.TEXT);
		sheet.everyPage(page -> administration.list(filter, PageResult.request(page, PageResult.MAX_SIZE, Sort.unsorted())),
				found -> found.forEach(u -> sheet.row(u.getUsername(),
						String.join(", ", u.getRoles().stream().sorted().map(r -> sheet.words("role." + r)).toList()),
						u.getRegionCode() == null ? sheet.words("useradmin.noRegion") : formats.region(u.getRegionCode()),
						sheet.words(u.isEnabled() ? "useradmin.status.enabled" : "useradmin.status.disabled"),
						u.getCreatedAt(), BASE + "/" + u.getId())));
		return sheet.download("users");
	}

	/** The list's filters as the form sends them; a role or region not offered is no filter. */
	private AccountAdministration.Filter filter(CurrentUser admin, String q, String role, String region,
			String status) {
		Role chosenRole = java.util.Arrays.stream(Role.values()).filter(r -> r.name().equals(role)).findFirst()
			.orElse(null);
		Boolean enabled = switch (status) {
			case "enabled" -> Boolean.TRUE;
			case "disabled" -> Boolean.FALSE;
			default -> null;
		};
		String chosenRegion = regions.scope(admin.regionCode()).contains(region) ? region : null;
		return new AccountAdministration.Filter(q, chosenRole, chosenRegion, enabled);
	}

	@GetMapping("/new")
	String blank(Model model) {
		requireAdmin();
		return newForm(model, new UserForms.NewUser(), PageErrors.Shown.NONE);
	}

	@PostMapping("/new")
	String create(@ModelAttribute("userForm") UserForms.NewUser form, Model model, RedirectAttributes redirect) {
		requireAdmin();
		// every refusal of the account's own fields at once, then the roles and region on creating
		List<DomainException> refusals = accounts.refusalsOf(form.getUsername(), form.getPassword(), form.getEmail());
		if (!refusals.isEmpty()) {
			PageErrors.Shown shown = PageErrors.Shown.NONE;
			for (DomainException e : refusals) {
				shown = shown.and(pageErrors.of(e, "form", REFUSED));
			}
			return newForm(model, form, shown);
		}
		UserAccount created;
		try {
			created = administration.create(form.getUsername().trim(), form.getPassword(), form.getEmail().trim(),
					UserForms.roles(form.getRoles()), UserForms.blankToNull(form.getRegionCode()));
		}
		catch (DomainException e) {
			return newForm(model, form, pageErrors.of(e, "regionCode", REFUSED));
		}
		redirect.addFlashAttribute("done", "created");
		return "redirect:/workspace/users/" + created.getId();
	}

	@GetMapping("/{id}")
	String account(@PathVariable String id, Model model) {
		UserAccount account = administration.account(id);
		return accountPage(model, account, UserForms.RolesAndRegion.of(account), PageErrors.Shown.NONE);
	}

	@PostMapping("/{id}/disable")
	String disable(@PathVariable String id, Model model, RedirectAttributes redirect) {
		try {
			administration.disable(id);
		}
		catch (DomainException e) {
			UserAccount account = administration.account(id);
			return accountPage(model, account, UserForms.RolesAndRegion.of(account), pageErrors.of(e, "status", REFUSED));
		}
		return done(redirect, id, "disabled");
	}

	@PostMapping("/{id}/enable")
	String enable(@PathVariable String id, RedirectAttributes redirect) {
		administration.enable(id);
		return done(redirect, id, "enabled");
	}

	@PostMapping("/{id}/roles")
	String roles(@PathVariable String id, @ModelAttribute("rolesForm") UserForms.RolesAndRegion form, Model model,
			RedirectAttributes redirect) {
		try {
			administration.changeRoles(id, UserForms.roles(form.getRoles()), UserForms.blankToNull(form.getRegionCode()));
		}
		catch (DomainException e) {
			return accountPage(model, administration.account(id), form, pageErrors.of(e, "roles", REFUSED));
		}
		return done(redirect, id, "roles");
	}

	@PostMapping("/{id}/password")
	String password(@PathVariable String id, @RequestParam(defaultValue = "") String newPassword, Model model,
			RedirectAttributes redirect) {
		try {
			administration.resetPassword(id, newPassword);
		}
		catch (DomainException e) {
			UserAccount account = administration.account(id);
			return accountPage(model, account, UserForms.RolesAndRegion.of(account),
					pageErrors.of(e, "newPassword", REFUSED));
		}
		return done(redirect, id, "password");
	}

	private static String done(RedirectAttributes redirect, String id, String what) {
		redirect.addFlashAttribute("done", what);
		return "redirect:/workspace/users/" + id;
	}

	private String newForm(Model model, UserForms.NewUser form, PageErrors.Shown shown) {
		model.addAttribute("userForm", form);
		model.addAttribute("givenRoles", UserForms.GIVEN_ROLES);
		model.addAttribute("regions", regions.scope(CurrentUser.require().regionCode()));
		model.addAttribute(PageErrors.MODEL, shown);
		return "identity/user-new";
	}

	private String accountPage(Model model, UserAccount account, UserForms.RolesAndRegion form, PageErrors.Shown shown) {
		model.addAttribute("account", account);
		model.addAttribute("roleNames", account.getRoles().stream().sorted().toList());
		model.addAttribute("party", account.getEnterpriseId() != null || account.getInstitutionId() != null);
		model.addAttribute("self", account.getId().equals(CurrentUser.require().id()));
		model.addAttribute("rolesForm", form);
		model.addAttribute("givenRoles", UserForms.GIVEN_ROLES);
		model.addAttribute("regions", regions.scope(CurrentUser.require().regionCode()));
		model.addAttribute(PageErrors.MODEL, shown);
		return "identity/user";
	}

	private static void requireAdmin() {
		if (!CurrentUser.require().has(Role.SYSTEM_ADMIN)) {
			throw DomainException.forbidden("only a system administrator manages accounts");
		}
	}
}
