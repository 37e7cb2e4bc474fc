package org.innovoucher.expert.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.innovoucher.expert.PanelReading;
import org.innovoucher.expert.ReviewPanels;
import org.innovoucher.expert.ReviewSubject;
import org.innovoucher.policy.ReviewCriterion;
import org.innovoucher.portal.PageErrors;
import org.innovoucher.portal.ReviewDesk;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.Role;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The expert's workspace: their assignments (overdue first, working days left), and one file with its
 * facts and evidence, the checklist form, in round two the others' scores without names, and the
 * declination form. The forms post to the same operations as the API.
 */
@Controller
@RequestMapping(AssignmentPages.BASE)
class AssignmentPages {

	static final String BASE = "/workspace/assignments";

	private final ReviewPanels panels;
	private final ReviewDesk desk;
	private final PageErrors errors;

	AssignmentPages(ReviewPanels panels, ReviewDesk desk, PageErrors errors) {
		this.panels = panels;
		this.desk = desk;
		this.errors = errors;
	}

	/** One assignment in the list, with its deadline in words. */
	record Row(PanelReading reading, ReviewDesk.Due due) {
	}

	@GetMapping
	String list(Model model) {
		CurrentUser user = requireExpert();
		model.addAttribute("rows", rows(user));
		return "expert/assignments";
	}

	List<Row> rows(CurrentUser user) {
		return panels.assignmentsOf(user)
			.stream()
			.map(r -> new Row(r, desk.due(r.own().getDueOn())))
			.sorted(Comparator.comparing((Row r) -> r.reading().own().getDueOn()))
			.toList();
	}

	@GetMapping("/{id}")
	String file(@PathVariable String id, Model model) {
		return filePage(model, id, PageErrors.Shown.NONE, Map.of(), null, null);
	}

	@PostMapping("/{id}/scores")
	String score(@PathVariable String id, @RequestParam Map<String, String> form, HttpServletResponse response,
			Model model, RedirectAttributes redirect) {
		CurrentUser user = requireExpert();
		List<ReviewCriterion> criteria = panels.read(id, user).panel().checklist().criteria();
		Map<String, BigDecimal> scores = new LinkedHashMap<>();
		List<PageErrors.Message> unreadable = new ArrayList<>();
		for (int i = 0; i < criteria.size(); i++) {
			String typed = form.getOrDefault("score" + i, "").trim();
			try {
				scores.put(criteria.get(i).criterion(), new BigDecimal(typed));
			}
			catch (NumberFormatException e) {
				unreadable.add(errors.on("score" + i, "expert.score.invalid").messages().get(0));
			}
		}
		String comment = form.get("comment");
		try {
			if (!unreadable.isEmpty()) {
				throw new DomainException(org.innovoucher.shared.ErrorCode.VALIDATION_FAILED, "scores unreadable");
			}
			panels.score(id, scores, comment, user);
		}
		catch (DomainException e) {
			response.setStatus(e.code().status().value());
			PageErrors.Shown shown = unreadable.isEmpty() ? refusal(e, criteria) : new PageErrors.Shown(unreadable);
			return filePage(model, id, shown, form, comment, null);
		}
		redirect.addFlashAttribute("scored", true);
		return "redirect:" + BASE + "/" + id;
	}

	@PostMapping("/{id}/declination")
	String decline(@PathVariable String id, @RequestParam(required = false) String reason, HttpServletResponse response,
			Model model, RedirectAttributes redirect) {
		CurrentUser user = requireExpert();
		try {
			panels.decline(id, reason, user);
		}
		catch (DomainException e) {
			response.setStatus(e.code().status().value());
			return filePage(model, id, e.fieldErrors().isEmpty() ? errors.of(e, "reason") : errors.on("reason", "expert.decline.reason"),
					Map.of(), null, reason);
		}
		redirect.addFlashAttribute("declined", true);
		return "redirect:" + BASE;
	}

	@GetMapping("/{id}/evidence/{fileId}")
	ResponseEntity<byte[]> evidence(@PathVariable String id, @PathVariable String fileId) {
		ReviewSubject.EvidenceContent file = panels.evidence(id, fileId, requireExpert());
		return ResponseEntity.ok()
			.contentType(file.contentType() == null ? MediaType.APPLICATION_OCTET_STREAM : MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(file.fileName(),
					java.nio.charset.StandardCharsets.UTF_8).build().toString())
			.body(file.bytes());
	}

	private PageErrors.Shown refusal(DomainException e, List<ReviewCriterion> criteria) {
		if (e.fieldErrors().isEmpty()) {
			return errors.of(e, "score0");
		}
		List<PageErrors.Message> shown = new ArrayList<>();
		for (DomainException.FieldError error : e.fieldErrors()) {
			for (int i = 0; i < criteria.size(); i++) {
				if (error.field().equals("scores." + criteria.get(i).criterion())) {
					shown.add(errors.on("score" + i, "expert.score.invalid").messages().get(0));
				}
			}
		}
		return shown.isEmpty() ? errors.of(e, "score0") : new PageErrors.Shown(shown);
	}

	private String filePage(Model model, String id, PageErrors.Shown shown, Map<String, String> typed, String comment,
			String reason) {
		CurrentUser user = requireExpert();
		PanelReading reading = panels.read(id, user);
		model.addAttribute("reading", reading);
		model.addAttribute("subject", panels.subjectOf(id, user));
		model.addAttribute("due", desk.due(reading.own().getDueOn()));
		model.addAttribute("typed", typed);
		model.addAttribute("comment", comment);
		model.addAttribute("reason", reason);
		model.addAttribute(PageErrors.MODEL, shown);
		return "expert/assignment";
	}

	private static CurrentUser requireExpert() {
		CurrentUser user = CurrentUser.require();
		if (!user.has(Role.EXPERT)) {
			throw DomainException.forbidden("requires role EXPERT");
		}
		return user;
	}
}
