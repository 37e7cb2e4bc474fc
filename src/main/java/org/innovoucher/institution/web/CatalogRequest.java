package org.innovoucher.institution.web;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.innovoucher.institution.CatalogQuery;
import org.innovoucher.institution.InstitutionType;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.Money;
import org.innovoucher.shared.ServiceCategory;
import org.springframework.web.util.UriUtils;

/**
 * The catalog page's address as the visitor sent it (every parameter text, as typed or bookmarked),
 * turned into a {@link CatalogQuery}. A value that cannot be read is left out of the search and
 * named in {@link #rejected()}, so the page shows the rest with a message beside that filter
 * instead of an error page (public for the template, which reads {@link #value}). It also writes the addresses of the page's links: the same search with
 * one filter changed, another order or another page.
 */
public final class CatalogRequest {

	/**
	 * One value of a filter: its words in the page's language, its count as the page writes it and the
	 * address of the search narrowed to it (or widened again).
	 */
	public record Choice(String value, String label, String countLabel, String url, boolean selected) {
	}

	/**
	 * A facet's values as the page lists them: the one chosen (or none) first, with the way to remove
	 * it, then the others, most items first.
	 */
	public record Facet(Choice selected, List<Choice> others) {
	}

	/**
	 * One service as a result card shows it, every text written in the page's language: twenty cards
	 * a page, each a handful of plain values for the template rather than links and messages to work
	 * out.
	 */
	public record Card(String url, String title, String ownerUrl, String ownerName, String region, String price,
			String category, String leadTime) {
	}

	/** One order of the results and the address of the search in that order. */
	public record SortLink(String name, String url, boolean selected) {
	}


	static final String PATH = "/services";
	static final int PAGE_SIZE = 20;

	/** The parameters kept from link to link, in the address's order; the page number is not among them. */
	static final String[] KEPT = { "q", "category", "region", "type", "minPrice", "maxPrice", "sort" };

	private final Map<String, String> values = new LinkedHashMap<>();
	private final String pageText;
	/** Page fields (the filters' ids) whose value was refused. */
	private final Set<String> rejected = new LinkedHashSet<>();

	CatalogRequest(Map<String, String> parameters) {
		for (String name : KEPT) {
			String value = parameters.get(name);
			if (value != null && !value.isBlank()) {
				values.put(name, value.trim());
			}
		}
		this.pageText = parameters.get("page");
	}

	public String value(String name) {
		return values.get(name);
	}

	boolean has(String name) {
		return values.containsKey(name);
	}

	Set<String> rejected() {
		return rejected;
	}

	/** The query of every readable value; a price range the query refuses is dropped whole. */
	CatalogQuery query() {
		ServiceCategory category = parse(ServiceCategory.class, "category");
		InstitutionType type = parse(InstitutionType.class, "type");
		Money min = price("minPrice");
		Money max = price("maxPrice");
		CatalogQuery.Order order = order();
		int page = page();
		try {
			return new CatalogQuery(value("q"), category, value("region"), type, min, max, order, page, PAGE_SIZE);
		}
		catch (DomainException e) {
			// only the price range can be wrong here (negative, or the lowest above the highest)
			rejected.add("minPrice");
			return new CatalogQuery(value("q"), category, value("region"), type, null, null, order, page, PAGE_SIZE);
		}
	}

	/**
	 * The same query without what the search refused: an unknown region, or a page beyond the
	 * results that are paged through.
	 */
	CatalogQuery without(CatalogQuery query, DomainException refusal) {
		boolean region = refusal.fieldErrors().stream().anyMatch(f -> f.field().startsWith("region"));
		rejected.add(region ? "region" : "results");
		return new CatalogQuery(query.text(), query.category(), region ? null : query.regionCode(), query.type(),
				query.minPrice(), query.maxPrice(), query.order(), region ? query.page() : 0, query.size());
	}

	private <E extends Enum<E>> E parse(Class<E> kind, String name) {
		String text = value(name);
		if (text == null) {
			return null;
		}
		try {
			return Enum.valueOf(kind, text.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			rejected.add(name);
			return null;
		}
	}

	private Money price(String name) {
		String text = value(name);
		if (text == null) {
			return null;
		}
		try {
			return Money.parse(text.replace(",", ""));
		}
		catch (IllegalArgumentException e) {
			rejected.add("minPrice");
			return null;
		}
	}

	private CatalogQuery.Order order() {
		try {
			return CatalogQuery.Order.parse(value("sort"));
		}
		catch (DomainException e) {
			rejected.add("sort");
			return CatalogQuery.Order.RELEVANCE;
		}
	}

	private int page() {
		if (pageText == null || pageText.isBlank()) {
			return 0;
		}
		try {
			int page = Integer.parseInt(pageText.trim());
			if (page >= 0) {
				return page;
			}
		}
		catch (NumberFormatException e) {
			// shown as a message below
		}
		rejected.add("results");
		return 0;
	}

	/** This search with some values changed (a null removes one), from its first page. */
	String with(String... namesAndValues) {
		Map<String, String> changed = new LinkedHashMap<>(values);
		for (int i = 0; i < namesAndValues.length; i += 2) {
			if (namesAndValues[i + 1] == null) {
				changed.remove(namesAndValues[i]);
			}
			else {
				changed.put(namesAndValues[i], namesAndValues[i + 1]);
			}
		}
		return address(changed, 0);
	}

	/** This search at another page. */
	String page(int page) {
		return address(values, page);
	}

	/**
	 * The address of a search: the kept parameters in their order, each value encoded as a query
	 * parameter's (written by hand: a page writes some seventy of these, and a URI builder per link
	 * cost a twentieth of the page's time).
	 */
	private static String address(Map<String, String> parameters, int page) {
		StringBuilder address = new StringBuilder(PATH);
		char separator = '?';
		for (String name : KEPT) {
			String value = parameters.get(name);
			if (value != null) {
				// a plus is a space to the server reading the parameters: written encoded, 'C++' stays itself
				address.append(separator).append(name).append('=')
					.append(UriUtils.encodeQueryParam(value, StandardCharsets.UTF_8).replace("+", "%2B"));
				separator = '&';
			}
		}
		if (page > 0) {
			address.append(separator).append("page=").append(page);
		}
		return address.toString();
	}
}
