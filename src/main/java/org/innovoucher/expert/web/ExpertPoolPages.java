package org.innovoucher.expert.web;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;

import org.innovoucher.expert.Experts;
import org.innovoucher.expert.Workload;
import org.innovoucher.portal.PageErrors;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.Role;
import org.innovoucher.shared.ServiceCategory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The operator's and the reviewer's view of the expert pool of their region: each expert with their
 * load and timeliness; the operator registers new experts here (as {@code POST /api/v1/experts}).
 */
@Controller
@RequestMapping(ExpertPoolPages.BASE)
class ExpertPoolPages {

	static final String BASE = "/workspace/experts";

	/** What the registration form typed, shown again beside its refusal (a map: the page reads it by field name). */
	static Map<String, Object> form(String username, String email, String name, Set<ServiceCategory> fields,
			String affiliationUscc, String regionCode) {
		Map<String, Object> form = new HashMap<>();
		form.put("username", username);
		form.put("email", email);
		form.put("name", name);
		form.put("fields", fields);
		form.put("affiliationUscc", affiliationUscc);
		form.put("regionCode", regionCode);
		return form;
	}

	private final Experts experts;
	private final Workload workload;
	private final PageErrors errors;

	ExpertPoolPages(Experts experts, Workload workload, PageErrors errors) {
		this.experts = experts;
		this.workload = workload;
		this.errors = errors;
	}

	@GetMapping
	String pool(@RequestParam(required = false) ServiceCategory field, Model model) {
		return page(model, field, PageErrors.Shown.NONE, null);
	}

	@PostMapping
	String register(@RequestParam(required = false) String username, @RequestParam(required = false) String password,
			@RequestParam(required = false) String email, @RequestParam(required = false) String name,
			@RequestParam(required = false) List<ServiceCategory> fields,
			@RequestParam(required = false) String affiliationUscc, @RequestParam(required = false) String regionCode,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		Set<ServiceCategory> chosen = fields == null || fields.isEmpty() ? EnumSet.noneOf(ServiceCategory.class)
				: EnumSet.copyOf(fields);
		try {
			experts.register(new Experts.NewExpert(username, password, email, name, chosen, affiliationUscc, regionCode),
					CurrentUser.require());
		}
		catch (DomainException e) {
			response.setStatus(e.code().status().value());
			return page(model, null, errors.of(e, "username", "expert.register.refused"),
					form(username, email, name, chosen, affiliationUscc, regionCode));
		}
		redirect.addFlashAttribute("registered", name);
		return "redirect:" + BASE;
	}

	private String page(Model model, ServiceCategory field, PageErrors.Shown shown, Map<String, Object> form) {
		CurrentUser user = CurrentUser.require();
		model.addAttribute("pool", experts.pool(field, null, user));
		model.addAttribute("workload", workload.ofRegion(user));
		model.addAttribute("field", field);
		model.addAttribute("categories", ServiceCategory.values());
		model.addAttribute("canRegister", user.has(Role.OPERATOR));
		model.addAttribute("form", form == null ? form("", "", "", Set.of(), "", user.regionCode()) : form);
		model.addAttribute(PageErrors.MODEL, shown);
		return "expert/pool";
	}
}
