package org.innovoucher.redemption.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.innovoucher.portal.Formats;
import org.innovoucher.portal.PageErrors;
import org.innovoucher.redemption.NoticeItem;
import org.innovoucher.redemption.Objection;
import org.innovoucher.redemption.Objections;
import org.innovoucher.redemption.PublicNotice;
import org.innovoucher.redemption.PublicNotices;
import org.innovoucher.shared.BusinessClock;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.ErrorCode;
import org.innovoucher.shared.Role;
import org.innovoucher.shared.TextLimits;
import org.innovoucher.shared.web.Spreadsheet;
import org.innovoucher.shared.web.Spreadsheets;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The operator's open notices: the list with their end dates, one notice with its objections (each
 * beside the claim it is against), the resolution of an objection with a decision and a reason, and
 * the close after a question once the period is over. {@link Objections} and {@link PublicNotices}
 * decide, with the API's checks; a refusal is shown on the page.
 */
@Controller
@RequestMapping("/workspace/notices")
class NoticeHandlingPages {

	/** One objection and the claim it is against, as the notice lists that claim. */
	record Against(Objection objection, NoticeItem claim) {
	}

	private final PublicNotices notices;
	private final Objections objections;
	private final Formats formats;
	private final PageErrors pageErrors;
	private final BusinessClock clock;
	private final Spreadsheets spreadsheets;

	NoticeHandlingPages(PublicNotices notices, Objections objections, Formats formats, PageErrors pageErrors,
			BusinessClock clock, Spreadsheets spreadsheets) {
		this.notices = notices;
		this.objections = objections;
		this.formats = formats;
		this.pageErrors = pageErrors;
		this.clock = clock;
		this.spreadsheets = spreadsheets;
	}

	/** An operator, or a 403 before anything is read. */
	static CurrentUser operator() {
		CurrentUser user = CurrentUser.require();
		if (!user.has(Role.OPERATOR)) {
			throw DomainException.forbidden("public notices are handled by an operator");
		}
		return user;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("open", notices.openFor(operator()));
		model.addAttribute("today", clock.today());
		return "redemption/operator/notices";
	}

	/** The open notices as a workbook; the service answers them all at once (open notices are few). */
	@GetMapping(params = Spreadsheets.FORMAT)
	ResponseEntity<byte[]> listWorkbook() {
		List<PublicNotices.Open> open = notices.openFor(operator());
		Spreadsheet sheet = spreadsheets.sheet("opws.notices.open")
			.column("opws.column.region", Spreadsheet.Kind.TEXT)
			.column("download.col.startsOn", Spreadsheet.Kind.DATE)
			.column("download.col.endsOn", Spreadsheet.Kind.DATE)
			.column("opws.column.claims", Spreadsheet.Kind.COUNT)
			.column("opws.column.objections", Spreadsheet.Kind.COUNT)
			.column("download.address", Spreadsheet.Kind.TEXT);
		for (PublicNotices.Open o : open) {
			PublicNotice n = o.notice();
			sheet.row(formats.region(n.getRegionCode()), n.getStartsOn(), n.getEndsOn(), o.claims(), o.pendingObjections(),
					"/workspace/notices/" + n.getId());
		}
		return sheet.download("open-notices");
	}

	@GetMapping("/{id}")
	String notice(@PathVariable String id, Model model) {
		return page(model, id, operator(), PageErrors.Shown.NONE);
	}

	@GetMapping("/{id}/objections/{objectionId}")
	String objection(@PathVariable String id, @PathVariable String objectionId, Model model) {
		return resolution(model, id, objectionId, operator(), null, null, PageErrors.Shown.NONE);
	}

	@PostMapping("/{id}/objections/{objectionId}")
	String resolve(@PathVariable String id, @PathVariable String objectionId,
			@RequestParam(required = false) String decision, @RequestParam(required = false) String note, Model model,
			RedirectAttributes redirect) {
		CurrentUser user = operator();
		PageErrors.Shown shown = PageErrors.Shown.NONE;
		if (!"upheld".equals(decision) && !"dismissed".equals(decision)) {
			shown = shown.and(pageErrors.on("decision", "opws.objection.decision.required"));
		}
		if (note == null || note.isBlank()) {
			shown = shown.and(pageErrors.on("note", "opws.objection.note.required"));
		}
		else if (note.length() > TextLimits.LONG_TEXT) {
			shown = shown.and(pageErrors.on("note", "opws.objection.note.tooLong", TextLimits.LONG_TEXT));
		}
		if (shown.any()) {
			return resolution(model, id, objectionId, user, decision, note, shown);
		}
		try {
			objections.resolve(against(id, objectionId, user).objection().getId(), "upheld".equals(decision),
					note.strip(), user);
		}
		catch (DomainException e) {
			if (e.code() == ErrorCode.NOT_FOUND || e.code() == ErrorCode.FORBIDDEN) {
				throw e;
			}
			return resolution(model, id, objectionId, user, decision, note, pageErrors.on("decision", "opws.objection.resolved"));
		}
		redirect.addFlashAttribute("done", "resolved." + decision);
		return "redirect:/workspace/notices/" + id;
	}

	/** The question before closing: the claims not objected to then go to payment, which is not undone. */
	@GetMapping("/{id}/close")
	String closing(@PathVariable String id, Model model) {
		CurrentUser user = operator();
		visible(id, user);
		model.addAttribute("notice", notices.get(id));
		model.addAttribute("regionName", regionName(id));
		model.addAttribute("claims", notices.items(id).size());
		return "redemption/operator/notice-close";
	}

	@PostMapping("/{id}/close")
	String close(@PathVariable String id, Model model, RedirectAttributes redirect) {
		CurrentUser user = operator();
		try {
			notices.close(id, user);
		}
		catch (DomainException e) {
			if (e.code() == ErrorCode.NOT_FOUND || e.code() == ErrorCode.FORBIDDEN) {
				throw e;
			}
			return page(model, id, user, pageErrors.of(e, "close"));
		}
		redirect.addFlashAttribute("done", "closed");
		return "redirect:/workspace/notices/" + id;
	}

	/** The notice's objections, which also proves the operator's regions cover it (else 404). */
	private List<Objection> visible(String id, CurrentUser user) {
		return objections.of(id, user);
	}

	private Against against(String id, String objectionId, CurrentUser user) {
		Map<String, NoticeItem> claims = claimsOf(id);
		return visible(id, user).stream()
			.filter(o -> o.getId().equals(objectionId))
			.findFirst()
			.map(o -> new Against(o, claims.get(o.getRedemptionId())))
			.orElseThrow(() -> DomainException.notFound("objection", objectionId));
	}

	private Map<String, NoticeItem> claimsOf(String id) {
		return notices.items(id).stream().collect(Collectors.toMap(NoticeItem::getRedemptionId, Function.identity()));
	}

	private String regionName(String id) {
		// the layout's title may not call beans (Thymeleaf's restricted mode): the region's name comes ready
		return formats.region(notices.get(id).getRegionCode());
	}

	private String page(Model model, String id, CurrentUser user, PageErrors.Shown shown) {
		List<Objection> filed = visible(id, user);
		PublicNotice notice = notices.get(id);
		Map<String, NoticeItem> claims = claimsOf(id);
		model.addAttribute("notice", notice);
		model.addAttribute("regionName", formats.region(notice.getRegionCode()));
		model.addAttribute("items", notices.items(id));
		model.addAttribute("objections", filed.stream().map(o -> new Against(o, claims.get(o.getRedemptionId()))).toList());
		model.addAttribute("pending", filed.stream().filter(o -> o.getStatus() == Objection.Status.OPEN).count());
		model.addAttribute("periodOver", !clock.today().isBefore(notice.getEndsOn()));
		model.addAttribute(PageErrors.MODEL, shown);
		return "redemption/operator/notice";
	}

	private String resolution(Model model, String id, String objectionId, CurrentUser user, String decision, String note,
			PageErrors.Shown shown) {
		model.addAttribute("notice", notices.get(id));
		model.addAttribute("against", against(id, objectionId, user));
		model.addAttribute("decision", decision);
		model.addAttribute("note", note);
		model.addAttribute(PageErrors.MODEL, shown);
		return "redemption/operator/objection";
	}
}
