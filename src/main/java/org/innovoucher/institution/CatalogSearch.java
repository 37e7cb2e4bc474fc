package org.innovoucher.institution;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.innovoucher.institution.catalog.CatalogFields;
import org.innovoucher.institution.catalog.CatalogIndex;
import org.innovoucher.institution.catalog.CatalogSearcher;
import org.innovoucher.institution.catalog.PriceRanges;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.Money;
import org.innovoucher.shared.Regions;
import org.innovoucher.shared.ServiceCategory;
import org.springframework.stereotype.Service;

/**
 * The public catalog search over the services of recognised institutions: Chinese words with
 * synonyms, ranked by relevance, filters with the counts of what matched, orders and pages. It reads
 * this instance's own search index (internal, {@code catalog}); the items themselves come from the
 * database, so a page never shows an item withdrawn a moment ago.
 */
@Service
public class CatalogSearch {

	/** How many matching items have one value of a facet; a price range names its bounds in yuan. */
	public record FacetCount(String value, long count, Money min, Money max) {
	}

	/** A search hit: the item as the catalog shows it, and who offers it. */
	public record Entry(String id, String institutionId, String title, ServiceCategory category, String description,
			Money price, String priceUnit, int leadTimeDays, String standards, String institutionName,
			String regionCode) {
	}

	/** A page of hits with every facet's counts: {@code category}, {@code region} (the city), {@code type}, {@code price}. */
	public record Result(List<Entry> items, int page, int size, long total,
			Map<String, List<FacetCount>> facets) {
	}

	private final CatalogIndex index;
	private final CatalogEntries entries;
	private final Regions regions;

	CatalogSearch(CatalogIndex index, CatalogEntries entries, Regions regions) {
		this.index = index;
		this.entries = entries;
		this.regions = regions;
	}

	public Result search(CatalogQuery query) {
		if (query.regionCode() != null && !query.regionCode().isBlank()) {
			regions.require(query.regionCode(), "regionCode");
		}
		CatalogSearcher.Hits hits = index.search(query);
		List<Entry> items = entries.of(hits.ids());
		Map<String, List<FacetCount>> facets = new java.util.LinkedHashMap<>();
		facets.put("category", plain(hits.facets().get(CatalogFields.CATEGORY)));
		facets.put("region", plain(hits.facets().get(CatalogFields.CITY)));
		facets.put("type", plain(hits.facets().get(CatalogFields.TYPE)));
		facets.put("price", prices(hits.facets().get(CatalogFields.PRICE_RANGE)));
		return new Result(items, query.page(), query.size(), hits.total(), facets);
	}

	private static List<FacetCount> plain(List<CatalogSearcher.Count> counts) {
		return counts.stream().map(c -> new FacetCount(c.value(), c.count(), null, null)).toList();
	}

	/** In the ranges' own order, cheapest first, each with its bounds. */
	private static List<FacetCount> prices(List<CatalogSearcher.Count> counts) {
		Map<String, Long> byLabel = new HashMap<>();
		counts.forEach(c -> byLabel.put(c.value(), c.count()));
		return PriceRanges.inOrder()
			.stream()
			.filter(r -> byLabel.containsKey(r.label()))
			.map(r -> new FacetCount(r.label(), byLabel.get(r.label()), new Money(BigDecimal.valueOf(r.fromYuan())),
					r.belowYuan() < 0 ? null : new Money(BigDecimal.valueOf(r.belowYuan()))))
			.filter(Objects::nonNull)
			.toList();
	}
}
