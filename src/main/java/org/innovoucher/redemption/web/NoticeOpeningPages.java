package org.innovoucher.redemption.web;

import java.util.ArrayList;
import java.util.List;

import org.innovoucher.portal.Formats;
import org.innovoucher.portal.PageErrors;
import org.innovoucher.redemption.NoticeItem;
import org.innovoucher.redemption.PublicNotice;
import org.innovoucher.redemption.PublicNotices;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.ErrorCode;
import org.innovoucher.shared.Region;
import org.innovoucher.shared.Regions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The operator opens a public notice in three steps, without JavaScript: choose the region and tick
 * its approved claims, read the notice as the public will, publish. Each step goes through
 * {@link PublicNotices} with the API's checks (an operator of the region, every claim approved and
 * within it); the preview writes nothing.
 */
@Controller
@RequestMapping("/workspace/notices")
class NoticeOpeningPages {

	private final PublicNotices notices;
	private final Regions regions;
	private final Formats formats;
	private final PageErrors pageErrors;

	NoticeOpeningPages(PublicNotices notices, Regions regions, Formats formats, PageErrors pageErrors) {
		this.notices = notices;
		this.regions = regions;
		this.formats = formats;
		this.pageErrors = pageErrors;
	}

	/** The approved claims of a region to choose from; {@code selected} are ticked (back from the preview). */
	@GetMapping("/new")
	String choose(@RequestParam(required = false) String region,
			@RequestParam(name = "redemptionIds", required = false) List<String> selected, Model model) {
		CurrentUser user = NoticeHandlingPages.operator();
		return choice(model, user, region, selected == null ? List.of() : selected, PageErrors.Shown.NONE);
	}

	@PostMapping("/preview")
	String preview(@RequestParam String regionCode,
			@RequestParam(name = "redemptionIds", required = false) List<String> selected, Model model) {
		CurrentUser user = NoticeHandlingPages.operator();
		List<String> ids = selected == null ? List.of() : selected;
		if (ids.isEmpty()) {
			return choice(model, user, regionCode, ids, pageErrors.on("redemptionIds", "opws.new.noneChosen"));
		}
		PublicNotices.Preview preview;
		try {
			preview = notices.preview(regionCode, ids, user);
		}
		catch (DomainException e) {
			return refused(model, user, regionCode, ids, e);
		}
		model.addAttribute("preview", preview);
		model.addAttribute("regionName", formats.region(regionCode));
		model.addAttribute("ids", ids);
		return "redemption/operator/notice-preview";
	}

	@PostMapping
	String publish(@RequestParam String regionCode,
			@RequestParam(name = "redemptionIds", required = false) List<String> selected, Model model,
			RedirectAttributes redirect) {
		CurrentUser user = NoticeHandlingPages.operator();
		List<String> ids = selected == null ? List.of() : selected;
		if (ids.isEmpty()) {
			return choice(model, user, regionCode, ids, pageErrors.on("redemptionIds", "opws.new.noneChosen"));
		}
		PublicNotice opened;
		try {
			opened = notices.open(regionCode, ids, user);
		}
		catch (DomainException e) {
			return refused(model, user, regionCode, ids, e);
		}
		redirect.addFlashAttribute("done", "published");
		return "redirect:/workspace/notices/" + opened.getId();
	}

	/**
	 * A claim that is no longer approved (another operator listed it, a supervisor acted) or that
	 * vanished from the region: the choice again, with what changed said above the list.
	 */
	private String refused(Model model, CurrentUser user, String regionCode, List<String> ids, DomainException e) {
		if (e.code() == ErrorCode.FORBIDDEN) {
			throw e;
		}
		PageErrors.Shown shown = e.code() == ErrorCode.INVALID_STATE || e.code() == ErrorCode.NOT_FOUND
				? pageErrors.on("redemptionIds", "opws.new.changed") : pageErrors.of(e, "redemptionIds");
		return choice(model, user, regionCode, ids, shown);
	}

	private String choice(Model model, CurrentUser user, String requested, List<String> selected,
			PageErrors.Shown shown) {
		List<Region> choices = regionsOf(user);
		String region = requested != null && choices.stream().anyMatch(r -> r.code().equals(requested)) ? requested
				: choices.get(0).code();
		List<NoticeItem> claims = notices.awaitingNotice(region, user);
		model.addAttribute("regions", choices);
		model.addAttribute("region", region);
		model.addAttribute("regionName", formats.region(region));
		model.addAttribute("claims", claims);
		model.addAttribute("selected", selected);
		model.addAttribute(PageErrors.MODEL, shown);
		return "redemption/operator/notice-new";
	}

	/**
	 * The regions a notice may be opened for: the operator's own and those right below it (a city's
	 * districts, a province's cities); a national operator's are the provinces and what lies below them.
	 */
	private List<Region> regionsOf(CurrentUser user) {
		List<Region> choices = new ArrayList<>();
		String own = user.regionCode();
		if (own == null || Regions.COUNTRY.equals(own)) {
			regions.tree().forEach(root -> {
				choices.add(root);
				choices.addAll(root.children());
			});
			return choices;
		}
		Region region = regions.require(own, "regionCode");
		choices.add(region);
		choices.addAll(region.children());
		return choices;
	}
}
