package org.innovoucher.institution.web;

import java.util.List;
import java.util.Locale;

import org.innovoucher.institution.Institution;
import org.innovoucher.institution.InstitutionType;
import org.innovoucher.institution.Institutions;
import org.innovoucher.institution.ServiceItem;
import org.innovoucher.portal.PageErrors;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.InstitutionId;
import org.innovoucher.shared.PageResult;
import org.innovoucher.shared.Region;
import org.innovoucher.shared.Regions;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The public directory of recognised institutions, and one institution's page with its catalog. */
@Controller
class InstitutionPages {

	static final int PAGE_SIZE = 20;

	private final Institutions institutions;
	private final Regions regions;
	private final PageErrors pageErrors;

	InstitutionPages(Institutions institutions, Regions regions, PageErrors pageErrors) {
		this.institutions = institutions;
		this.regions = regions;
		this.pageErrors = pageErrors;
	}

	@GetMapping("/institutions")
	String directory(@RequestParam(required = false) String region, @RequestParam(required = false) String type,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
		CurrentUser user = CurrentUser.current().orElse(null);
		String regionCode = region == null || region.isBlank() ? null : region.trim();
		PageErrors.Shown errors = PageErrors.Shown.NONE;
		InstitutionType kind = null;
		if (type != null && !type.isBlank()) {
			try {
				kind = InstitutionType.valueOf(type.trim().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException e) {
				errors = pageErrors.on("type", "catalog.error.type");
			}
		}
		PageResult<Institution> found;
		try {
			found = institutions.list(user, Institution.Status.RECOGNISED, regionCode, kind, q,
					PageResult.request(Math.max(page, 0), PAGE_SIZE, Sort.by("name")));
		}
		catch (DomainException e) {
			errors = pageErrors.on("region", "catalog.error.region");
			regionCode = null;
			found = institutions.list(user, Institution.Status.RECOGNISED, null, kind, q,
					PageResult.request(Math.max(page, 0), PAGE_SIZE, Sort.by("name")));
		}
		model.addAttribute("institutions", found);
		model.addAttribute("region", regionCode);
		model.addAttribute("type", kind);
		model.addAttribute("q", q);
		model.addAttribute("types", InstitutionType.values());
		model.addAttribute("regions", choosable());
		model.addAttribute(PageErrors.MODEL, errors);
		return "institution/institutions";
	}

	@GetMapping("/institutions/{id}")
	String institution(@PathVariable String id, @RequestParam(defaultValue = "0") int page, Model model) {
		InstitutionId institutionId = InstitutionId.of(id);
		Institution institution = institutions.getVisible(institutionId, CurrentUser.current().orElse(null));
		PageResult<ServiceItem> catalog = institutions.offeredBy(institutionId,
				PageResult.request(Math.max(page, 0), PAGE_SIZE, Sort.by("title")));
		model.addAttribute("institution", institution);
		model.addAttribute("catalog", catalog);
		return "institution/institution";
	}

	/** The provinces and their cities: a directory is searched by city, districts are too fine. */
	private List<Region> choosable() {
		return regions.tree()
			.stream()
			.flatMap(province -> java.util.stream.Stream.concat(java.util.stream.Stream.of(province),
					province.children().stream()))
			.toList();
	}
}
