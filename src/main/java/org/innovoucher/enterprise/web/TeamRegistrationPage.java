package org.innovoucher.enterprise.web;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

import org.innovoucher.enterprise.EnterpriseRegistrations;
import org.innovoucher.enterprise.ResidentId;
import org.innovoucher.identity.Accounts;
import org.innovoucher.portal.PageErrors;
import org.innovoucher.portal.RegistrationForms;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.ErrorCode;
import org.innovoucher.shared.TextLimits;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A team without a legal person registers itself (as {@code POST /api/v1/registrations/teams}): one
 * page of three small groups (the team, its leader, the account), then a page to check the answers
 * before anything is sent. A team has no USCC: its leader's identity number is checked as typed
 * instead, and shown masked on the check page. The answers wait in the session until sent.
 */
@Controller
@RequestMapping(TeamRegistrationPage.BASE)
class TeamRegistrationPage {

	static final String BASE = "/register/team";
	private static final String DRAFT = TeamRegistrationPage.class.getName();

	/** The form as typed; the members one a line. An empty password keeps the one chosen before. */
	record TeamForm(@NotBlank @Size(max = TextLimits.NAME) String name, @NotBlank @Size(max = TextLimits.SHORT_TEXT) String industry,
			@Size(max = TextLimits.CODE) String regionCode, @NotBlank @Size(max = TextLimits.SHORT_TEXT) String leaderName,
			@Size(max = 64) String leaderIdNumber, @Size(max = 4000) String members,
			@NotBlank @Size(max = TextLimits.USERNAME) String username, @Size(max = TextLimits.PASSWORD) String password,
			@NotBlank @Size(max = TextLimits.EMAIL) String email, @NotBlank @Size(max = TextLimits.LABEL) String contactPhone)
			implements Serializable {

		static TeamForm empty() {
			return new TeamForm(null, null, null, null, null, null, null, null, null, null);
		}

		public List<String> memberNames() {
			return members == null ? List.of()
					: Arrays.stream(members.split("\\R")).map(String::trim).filter(m -> !m.isEmpty()).toList();
		}

		TeamForm withPassword(String kept) {
			return new TeamForm(name, industry, regionCode, leaderName, leaderIdNumber, members, username, kept, email,
					contactPhone);
		}
	}

	private final EnterpriseRegistrations registrations;
	private final Accounts accounts;
	private final RegistrationForms forms;
	private final PageErrors errors;

	TeamRegistrationPage(EnterpriseRegistrations registrations, Accounts accounts, RegistrationForms forms,
			PageErrors errors) {
		this.registrations = registrations;
		this.accounts = accounts;
		this.forms = forms;
		this.errors = errors;
	}

	@GetMapping
	String form(HttpSession session, Model model) {
		TeamForm kept = (TeamForm) session.getAttribute(DRAFT);
		return page(kept == null ? TeamForm.empty() : kept.withPassword(null), PageErrors.Shown.NONE, model);
	}

	@PostMapping
	String answer(@Valid @ModelAttribute("team") TeamForm form, BindingResult binding, HttpSession session,
			HttpServletResponse response, Model model) {
		TeamForm kept = (TeamForm) session.getAttribute(DRAFT);
		TeamForm typed = form.password() == null || form.password().isEmpty()
				? form.withPassword(kept == null ? null : kept.password()) : form;
		PageErrors.Shown problems = problems(typed, binding);
		if (problems.any()) {
			response.setStatus(400);
			return page(typed.withPassword(null), problems, model);
		}
		session.setAttribute(DRAFT, typed);
		return "redirect:" + BASE + "/check";
	}

	@GetMapping("/check")
	String check(HttpSession session, Model model) {
		TeamForm kept = (TeamForm) session.getAttribute(DRAFT);
		if (kept == null) {
			return "redirect:" + BASE;
		}
		model.addAttribute("draft", kept);
		model.addAttribute("leaderId", new ResidentId(kept.leaderIdNumber()).masked());
		model.addAttribute("regionLabel", forms.regionLabel(kept.regionCode()));
		return "enterprise/team-check";
	}

	@PostMapping("/check")
	String register(HttpSession session, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		TeamForm kept = (TeamForm) session.getAttribute(DRAFT);
		if (kept == null) {
			return "redirect:" + BASE;
		}
		try {
			registrations.registerTeam(new EnterpriseRegistrations.TeamRegistration(kept.username().trim(),
					kept.password(), kept.email().trim(), kept.name(), kept.regionCode(), kept.industry(), kept.leaderName(),
					kept.leaderIdNumber(), kept.memberNames(), kept.contactPhone()));
		}
		catch (DomainException e) {
			// someone registered the same leader or username in between: back to the field that says so
			response.setStatus(e.code().status().value());
			return page(kept.withPassword(null), refused(e), model);
		}
		session.removeAttribute(DRAFT);
		redirect.addFlashAttribute("registeredName", kept.name().trim());
		redirect.addFlashAttribute("registeredUsername", kept.username().trim());
		return "redirect:" + BASE + "/done";
	}

	@GetMapping("/done")
	String done(Model model) {
		model.addAttribute("team", true);
		return "enterprise/registered";
	}

	/** Every problem at once: the bound fields, the leader's number, the region, the members, the account. */
	private PageErrors.Shown problems(TeamForm form, BindingResult binding) {
		PageErrors.Shown problems = errors.of(binding);
		if (!problems.has("leaderIdNumber")) {
			var finding = ResidentId.check(form.leaderIdNumber());
			if (finding.isPresent()) {
				problems = problems.and(errors.on("leaderIdNumber", "team.idProblem." + finding.get().problem(),
						finding.get().args().toArray()));
			}
			else if (registrations.isTeamRegistered(new ResidentId(form.leaderIdNumber()))) {
				problems = problems.and(errors.on("leaderIdNumber", "error.code.DUPLICATE_TEAM"));
			}
		}
		if (form.regionCode() == null || form.regionCode().isBlank()) {
			problems = problems.and(errors.on("regionCode", "team.invalid.regionCode"));
		}
		List<String> members = form.memberNames();
		if (members.size() > EnterpriseRegistrations.MAX_TEAM_MEMBERS || members.stream().anyMatch(m -> m.length() > 100)) {
			problems = problems.and(errors.on("members", "team.invalid.members", EnterpriseRegistrations.MAX_TEAM_MEMBERS));
		}
		if (form.password() == null || form.password().isEmpty()) {
			problems = problems.and(errors.on("password", "NotBlank.password"));
		}
		else if (form.username() != null && form.email() != null) {
			problems = problems.and(forms.refused(accounts.refusalsOf(form.username().trim(), form.password(), form.email().trim())));
		}
		return problems;
	}

	private PageErrors.Shown refused(DomainException e) {
		if (e.code() == ErrorCode.DUPLICATE_TEAM) {
			return errors.on("leaderIdNumber", "error.code.DUPLICATE_TEAM");
		}
		return forms.refused(e, null);
	}

	private String page(TeamForm form, PageErrors.Shown problems, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("regionGroups", forms.regionGroups());
		model.addAttribute(PageErrors.MODEL, problems);
		return "enterprise/team";
	}
}
