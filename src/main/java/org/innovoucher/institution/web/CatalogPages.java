package org.innovoucher.institution.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.innovoucher.institution.CatalogQuery;
import org.innovoucher.institution.CatalogSearch;
import org.innovoucher.institution.Institution;
import org.innovoucher.institution.Institutions;
import org.innovoucher.institution.ServiceItem;
import org.innovoucher.institution.web.CatalogRequest.Card;
import org.innovoucher.institution.web.CatalogRequest.Choice;
import org.innovoucher.institution.web.CatalogRequest.Facet;
import org.innovoucher.institution.web.CatalogRequest.SortLink;
import org.innovoucher.portal.Formats;
import org.innovoucher.portal.PageErrors;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.Money;
import org.innovoucher.shared.Role;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/**
 * The public catalog, like a shop: words, filters with their counts, orders and pages over the
 * catalog search, and one service's page with the way to propose a contract for it.
 */
@Controller
class CatalogPages {

	static final List<String> SORTS = List.of("relevance", "price_asc", "price_desc", "lead_time");

	private final CatalogSearch search;
	private final Institutions institutions;
	private final PageErrors pageErrors;
	private final MessageSource messages;
	private final Formats formats;

	CatalogPages(CatalogSearch search, Institutions institutions, PageErrors pageErrors, MessageSource messages,
			Formats formats) {
		this.search = search;
		this.institutions = institutions;
		this.pageErrors = pageErrors;
		this.messages = messages;
		this.formats = formats;
	}

	@GetMapping("/services")
	String catalog(@RequestParam Map<String, String> parameters, Model model) {
		CatalogRequest request = new CatalogRequest(parameters);
		CatalogQuery query = request.query();
		CatalogSearch.Result found;
		try {
			found = search.search(query);
		}
		catch (DomainException refusal) {
			query = request.without(query, refusal);
			found = search.search(query);
		}
		model.addAttribute("request", request);
		model.addAttribute("found", found);
		model.addAttribute("cards", cards(found));
		model.addAttribute("filters", filters(request, query, found));
		model.addAttribute("sorts", sorts(request, query));
		long paged = Math.min(found.total(), CatalogQuery.WINDOW);
		model.addAttribute("lastPage", Math.max(0, (int) ((paged - 1) / found.size())));
		model.addAttribute("previousUrl", found.page() > 0 ? request.page(found.page() - 1) : null);
		model.addAttribute("nextUrl", (long) (found.page() + 1) * found.size() < paged ? request.page(found.page() + 1) : null);
		model.addAttribute(PageErrors.MODEL, errors(request));
		return "institution/services";
	}

	@GetMapping("/services/{id}")
	String service(@PathVariable String id, Model model) {
		CurrentUser user = CurrentUser.current().orElse(null);
		ServiceItem item = institutions.service(id).orElseThrow(() -> DomainException.notFound("service", id));
		Institution owner = institutions.getVisible(item.institution(), user);
		model.addAttribute("item", item);
		model.addAttribute("owner", owner);
		model.addAttribute("signedIn", user != null);
		model.addAttribute("canPropose", user != null && user.hasAny(Role.ENTERPRISE, Role.AGENCY));
		return "institution/service";
	}

	/**
	 * Each facet's values as links, each with its words and count. They are looked up and written here
	 * once per value, the count as text (a number given to a message would make a number format for
	 * each): the page shows every value of four facets on every search.
	 */
	private Map<String, Facet> filters(CatalogRequest request, CatalogQuery query, CatalogSearch.Result found) {
		Locale locale = LocaleContextHolder.getLocale();
		Map<String, Facet> filters = new java.util.LinkedHashMap<>();
		for (String facet : List.of("category", "region", "type")) {
			String chosen = chosen(query, facet);
			List<Choice> choices = new ArrayList<>();
			for (CatalogSearch.FacetCount count : found.facets().get(facet)) {
				boolean selected = count.value().equals(chosen);
				choices.add(new Choice(count.value(), label(facet, count.value(), locale), countLabel(count.count(), locale),
						request.with(facet, selected ? null : count.value()), selected));
			}
			if (chosen != null && choices.stream().noneMatch(Choice::selected)) {
				// a value the counts do not list (nothing matched, or a province where they list cities):
				// everything that matched has it, and the visitor still needs the way to remove it
				choices.add(new Choice(chosen, label(facet, chosen, locale), countLabel(found.total(), locale),
						request.with(facet, null), true));
			}
			filters.put(facet, facet(choices));
		}
		List<Choice> prices = new ArrayList<>();
		for (CatalogSearch.FacetCount range : found.facets().get("price")) {
			String min = range.min().amount().toPlainString();
			// the ranges' upper bound belongs to the next range; the filter's maximum is inclusive
			String max = range.max() == null ? null : range.max().minus(Money.parse("0.01")).amount().toPlainString();
			boolean selected = min.equals(request.value("minPrice")) && java.util.Objects.equals(max, request.value("maxPrice"));
			String label = range.max() == null
					? messages.getMessage("catalog.price.from", new Object[] { formats.money(range.min()) }, locale)
					: messages.getMessage("catalog.price.range",
							new Object[] { formats.money(range.min()), formats.money(range.max()) }, locale);
			prices.add(new Choice(range.value(), label, countLabel(range.count(), locale),
					selected ? request.with("minPrice", null, "maxPrice", null) : request.with("minPrice", min, "maxPrice", max),
					selected));
		}
		filters.put("price", facet(prices));
		return filters;
	}

	private static Facet facet(List<Choice> choices) {
		return new Facet(choices.stream().filter(Choice::selected).findFirst().orElse(null),
				choices.stream().filter(c -> !c.selected()).toList());
	}

	/** The results as cards. */
	private List<Card> cards(CatalogSearch.Result found) {
		Locale locale = LocaleContextHolder.getLocale();
		return found.items()
			.stream()
			.map(e -> new Card("/services/" + UriUtils.encodePathSegment(e.id(), StandardCharsets.UTF_8), e.title(),
					"/institutions/" + UriUtils.encodePathSegment(e.institutionId(), StandardCharsets.UTF_8),
					e.institutionName(), formats.region(e.regionCode()),
					messages.getMessage("catalog.price.per", new Object[] { formats.money(e.price()), e.priceUnit() },
							locale),
					messages.getMessage("category." + e.category(), null, locale),
					messages.getMessage("catalog.leadTime", new Object[] { formats.count(e.leadTimeDays()) }, locale)))
			.toList();
	}

	/** The value the search was narrowed to in a facet, as the counts name it; null where none. */
	private static String chosen(CatalogQuery query, String facet) {
		return switch (facet) {
			case "category" -> query.category() == null ? null : query.category().name();
			case "region" -> query.regionCode() == null || query.regionCode().isBlank() ? null : query.regionCode();
			default -> query.type() == null ? null : query.type().name();
		};
	}

	private String label(String facet, String value, Locale locale) {
		return switch (facet) {
			case "region" -> formats.region(value);
			case "category" -> messages.getMessage("category." + value, null, locale);
			default -> messages.getMessage("institutionType." + value, null, locale);
		};
	}

	private String countLabel(long count, Locale locale) {
		return messages.getMessage("catalog.count", new Object[] { formats.count(count) }, locale);
	}

	private static List<SortLink> sorts(CatalogRequest request, CatalogQuery query) {
		return SORTS.stream()
			.map(s -> new SortLink(s, request.with("sort", s.equals("relevance") ? null : s),
					query.order() == CatalogQuery.Order.parse(s)))
			.toList();
	}

	private PageErrors.Shown errors(CatalogRequest request) {
		List<PageErrors.Message> messages = new ArrayList<>();
		request.rejected().forEach(field -> messages.addAll(pageErrors.on(field, "catalog.error." + field).messages()));
		return new PageErrors.Shown(messages);
	}
}
