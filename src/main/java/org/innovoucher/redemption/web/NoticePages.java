package org.innovoucher.redemption.web;

import java.util.List;

import org.innovoucher.portal.Formats;
import org.innovoucher.portal.PageErrors;
import org.innovoucher.redemption.NoticeItem;
import org.innovoucher.redemption.Objections;
import org.innovoucher.redemption.PublicNotice;
import org.innovoucher.redemption.PublicNotices;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.PageResult;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The public notices as pages: the list, open and closed, and one notice with its claims and the
 * form anyone may object with while it is open. A filed objection ends on a thank-you page (a
 * reload sends nothing twice); the throttle's refusal is shown on the form with its 429.
 */
@Controller
class NoticePages {

	static final int PAGE_SIZE = 20;

	private final PublicNotices notices;
	private final Objections objections;
	private final PageErrors errors;
	private final Formats formats;

	NoticePages(PublicNotices notices, Objections objections, PageErrors errors, Formats formats) {
		this.notices = notices;
		this.objections = objections;
		this.errors = errors;
		this.formats = formats;
	}

	/** One notice in a list: its dates and how many claims it lists. */
	record Listed(PublicNotice notice, int claims) {
	}

	@GetMapping("/notices")
	String list(@RequestParam(defaultValue = "0") int page, Model model) {
		PageResult<PublicNotice> found = notices.list(PageResult.request(Math.max(page, 0), PAGE_SIZE, Sort.unsorted()));
		model.addAttribute("notices", found);
		model.addAttribute("listed", found.items().stream().map(n -> new Listed(n, notices.items(n.getId()).size())).toList());
		return "redemption/notices";
	}

	@GetMapping("/notices/{id}")
	String notice(@PathVariable String id, Model model) {
		return page(id, new ObjectionForm(), PageErrors.Shown.NONE, model);
	}

	@PostMapping("/notices/{id}/objections")
	String object(@PathVariable String id, @ModelAttribute("form") ObjectionForm form, BindingResult binding,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		PageErrors.Shown throttled = errors.throttled(request, response, "objection", "notice.objection.throttled");
		if (throttled.any()) {
			return page(id, form, throttled, model);
		}
		form.check(binding);
		if (binding.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(id, form, errors.of(binding), model);
		}
		try {
			objections.object(id, form.getRedemptionId(), form.getName(), form.getContact(), form.getReason());
		}
		catch (DomainException e) {
			if (e.code() == org.innovoucher.shared.ErrorCode.NOT_FOUND) {
				throw e;
			}
			response.setStatus(e.code().status().value());
			return page(id, form, e.fieldErrors().isEmpty() ? errors.on("objection", "notice.objection.closed")
					: errors.of(e, "objection"), model);
		}
		return "redirect:/notices/" + id + "/thanks";
	}

	@GetMapping("/notices/{id}/thanks")
	String thanks(@PathVariable String id, Model model) {
		model.addAttribute("notice", notices.get(id));
		return "redemption/objection-thanks";
	}

	private String page(String id, ObjectionForm form, PageErrors.Shown shown, Model model) {
		PublicNotice notice = notices.get(id);
		List<NoticeItem> items = notices.items(id);
		model.addAttribute("notice", notice);
		// the layout's title may not call beans (Thymeleaf's restricted mode): the region's name comes ready
		model.addAttribute("regionName", formats.region(notice.getRegionCode()));
		model.addAttribute("items", items);
		model.addAttribute("form", form);
		model.addAttribute(PageErrors.MODEL, shown);
		return "redemption/notice";
	}
}
