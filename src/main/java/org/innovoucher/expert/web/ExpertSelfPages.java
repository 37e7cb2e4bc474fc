package org.innovoucher.expert.web;

import org.innovoucher.expert.Expert;
import org.innovoucher.expert.Experts;
import org.innovoucher.portal.PageErrors;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.DomainException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/** The expert's own record: whether they take new panels, and the parties they declared conflicts with. */
@Controller
@RequestMapping(ExpertSelfPages.BASE)
class ExpertSelfPages {

	static final String BASE = "/workspace/expert-profile";

	private final Experts experts;
	private final PageErrors errors;

	ExpertSelfPages(Experts experts, PageErrors errors) {
		this.experts = experts;
		this.errors = errors;
	}

	@GetMapping
	String page(Model model) {
		return page(model, PageErrors.Shown.NONE, null, null);
	}

	@PostMapping("/availability")
	String availability(@RequestParam boolean available, RedirectAttributes redirect) {
		CurrentUser user = CurrentUser.require();
		experts.markAvailable(me(user).getId(), available, user);
		redirect.addFlashAttribute("saved", true);
		return "redirect:" + BASE;
	}

	@PostMapping("/conflicts")
	String conflict(@RequestParam(required = false) String uscc, @RequestParam(required = false) String reason,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		CurrentUser user = CurrentUser.require();
		try {
			experts.declareConflict(me(user).getId(), uscc, reason, user);
		}
		catch (DomainException e) {
			response.setStatus(e.code().status().value());
			PageErrors.Shown shown = e.fieldErrors().isEmpty() ? errors.on("uscc", "expert.conflict.uscc")
					: errors.of(e, "uscc", "expert.conflict");
			return page(model, shown, uscc, reason);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:" + BASE;
	}

	private String page(Model model, PageErrors.Shown shown, String uscc, String reason) {
		CurrentUser user = CurrentUser.require();
		Expert expert = me(user);
		model.addAttribute("expert", expert);
		model.addAttribute("conflicts", experts.conflictsOf(expert.getId(), user));
		model.addAttribute("uscc", uscc);
		model.addAttribute("reason", reason);
		model.addAttribute(PageErrors.MODEL, shown);
		return "expert/profile";
	}

	private Expert me(CurrentUser user) {
		return experts.me(user).orElseThrow(() -> DomainException.forbidden("requires role EXPERT"));
	}
}
