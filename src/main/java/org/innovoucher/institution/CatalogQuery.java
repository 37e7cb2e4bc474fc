package org.innovoucher.institution;

import java.util.Locale;

import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.Money;
import org.innovoucher.shared.PageResult;
import org.innovoucher.shared.ServiceCategory;

/**
 * A search of the catalog: words, filters (each optional), an order and a page.
 *
 * @param text whitespace-separated words; every word must occur (Chinese words also as their synonyms)
 * @param regionCode the institution's region or any region above it
 * @param minPrice lowest price, inclusive
 * @param maxPrice highest price, inclusive
 */
public record CatalogQuery(String text, ServiceCategory category, String regionCode, InstitutionType type,
		Money minPrice, Money maxPrice, Order order, int page, int size) {

	/** The largest number of results paged through, as search engines do: narrow the search instead. */
	public static final int WINDOW = 10_000;

	/** At most this many words of a query count. */
	public static final int MAX_WORDS = 10;

	public enum Order {
		/** Best match first (newest first when there are no words). */
		RELEVANCE,
		/** Cheapest first. */
		PRICE_ASC,
		/** Dearest first. */
		PRICE_DESC,
		/** Shortest lead time first. */
		LEAD_TIME,
		/** Newest first. */
		NEWEST;

		/** The order named in a request ({@code relevance}, {@code price_asc}, ...); null is relevance. */
		public static Order parse(String name) {
			if (name == null || name.isBlank()) {
				return RELEVANCE;
			}
			try {
				return valueOf(name.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
			}
			catch (IllegalArgumentException e) {
				throw DomainException.invalid("sort",
						"must be one of relevance, price_asc, price_desc, lead_time, newest");
			}
		}
	}

	public CatalogQuery {
		if (minPrice != null && minPrice.isNegative()) {
			throw DomainException.invalid("minPrice", "must not be negative");
		}
		if (maxPrice != null && maxPrice.isNegative()) {
			throw DomainException.invalid("maxPrice", "must not be negative");
		}
		if (minPrice != null && maxPrice != null && minPrice.isGreaterThan(maxPrice)) {
			throw DomainException.invalid("minPrice", "must not be above maxPrice");
		}
		if (page < 0) {
			throw DomainException.invalid("page", "must be 0 or more");
		}
		if (size < 1 || size > PageResult.MAX_SIZE) {
			throw DomainException.invalid("size", "must be between 1 and " + PageResult.MAX_SIZE);
		}
		if (order == null) {
			order = Order.RELEVANCE;
		}
	}

	public boolean hasText() {
		return text != null && !text.isBlank();
	}

	public long offset() {
		return (long) page * size;
	}
}
