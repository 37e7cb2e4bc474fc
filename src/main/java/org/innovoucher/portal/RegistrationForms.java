package org.innovoucher.portal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.ErrorCode;
import org.innovoucher.shared.Region;
import org.innovoucher.shared.Regions;
import org.innovoucher.shared.Uscc;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What the registration forms of enterprises and institutions share: the region choices in the
 * page's language, the throttle's refusal, and the services' refusals put beside the inputs
 * (the services name fields as {@code enterprise.uscc}; the forms' inputs are {@code uscc}).
 */
@Component
public class RegistrationForms {

	/** One choice of the region list: a city, or a district under its city. */
	public record RegionChoice(String code, String label) {
	}

	/** A province and its choices, one {@code <optgroup>}. */
	public record RegionGroup(String label, List<RegionChoice> choices) {
	}

	private final Regions regions;
	private final MessageSource messages;
	private final PageErrors errors;

	RegistrationForms(Regions regions, MessageSource messages, PageErrors errors) {
		this.regions = regions;
		this.messages = messages;
		this.errors = errors;
	}

	/**
	 * What stops a sent form before the service is asked: the throttle (then the answer is 429 and
	 * the page says plainly when to try again), else the USCC's problem together with every field's,
	 * so one answer names them all. None when the form may go to the service.
	 */
	public PageErrors.Shown beforeRegistering(HttpServletRequest request, HttpServletResponse response,
			String typedUscc, BindingResult binding) {
		PageErrors.Shown throttled = errors.throttled(request, response, "form", "register.throttled");
		if (throttled.any()) {
			return throttled;
		}
		List<PageErrors.Message> problems = new ArrayList<>(usccProblem(typedUscc).messages());
		problems.addAll(errors.of(binding).messages());
		return new PageErrors.Shown(problems);
	}

	/** Every city, and the districts under it, grouped by province, named in the page's language. */
	public List<RegionGroup> regionGroups() {
		List<RegionGroup> groups = new ArrayList<>();
		for (Region province : regions.tree()) {
			List<RegionChoice> choices = new ArrayList<>();
			for (Region city : province.children()) {
				choices.add(new RegionChoice(city.code(), name(city)));
				city.children().forEach(d -> choices.add(new RegionChoice(d.code(), name(city) + " · " + name(d))));
			}
			if (choices.isEmpty()) {
				// a municipality without stored cities is chosen as itself
				choices.add(new RegionChoice(province.code(), name(province)));
			}
			groups.add(new RegionGroup(name(province), choices));
		}
		return groups;
	}

	private static String name(Region region) {
		return Site.isChinese(LocaleContextHolder.getLocale()) || region.nameEn() == null ? region.name() : region.nameEn();
	}

	/** The USCC's problem in the page's language, or none when the typed code is one. */
	public PageErrors.Shown usccProblem(String typed) {
		return Uscc.check(typed)
			.map(f -> new PageErrors.Shown(List.of(new PageErrors.Message("uscc",
					text("uscc.problem." + f.problem().name(), f.args().toArray())))))
			.orElse(PageErrors.Shown.NONE);
	}

	/** A refused registration: each field's message beside its input, in the page's language. */
	public PageErrors.Shown refused(DomainException e, String typedUscc) {
		if (e.code() == ErrorCode.INVALID_USCC) {
			PageErrors.Shown problem = usccProblem(typedUscc);
			if (problem.any()) {
				return problem;
			}
		}
		if (e.code() == ErrorCode.DUPLICATE_USCC || e.code() == ErrorCode.USERNAME_TAKEN) {
			String input = e.code() == ErrorCode.USERNAME_TAKEN ? "username" : "uscc";
			return new PageErrors.Shown(List.of(new PageErrors.Message(input, text("error.code." + e.code().name()))));
		}
		Map<String, PageErrors.Message> byInput = new LinkedHashMap<>();
		for (DomainException.FieldError error : e.fieldErrors()) {
			String input = error.field().substring(error.field().lastIndexOf('.') + 1);
			byInput.putIfAbsent(input, new PageErrors.Message(input,
					messages.getMessage("register.invalid." + input, null, text("error.code." + e.code().name()),
							LocaleContextHolder.getLocale())));
		}
		if (byInput.isEmpty()) {
			return new PageErrors.Shown(List.of(new PageErrors.Message("form", text("error.code." + e.code().name()))));
		}
		return new PageErrors.Shown(List.copyOf(byInput.values()));
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}
}
