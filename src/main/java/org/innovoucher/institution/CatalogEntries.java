package org.innovoucher.institution;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.innovoucher.shared.Money;
import org.innovoucher.shared.ServiceCategory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads a search page's items from the database, each with who offers it, in one plain query. A
 * page is read-only and shown at once, so it reads rows, not entities: at a million items and
 * hundreds of searches a second, mapping entities (a query translated anew for each number of ids, an
 * entity per row, a transaction) cost as much as the search itself.
 */
@Component
class CatalogEntries {

	private final JdbcClient jdbc;

	CatalogEntries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The entries of these items, in the order given, leaving out any that is no longer searchable
	 * (withdrawn, or its institution no longer recognised) since the index was read.
	 */
	List<CatalogSearch.Entry> of(List<String> serviceIds) {
		if (serviceIds.isEmpty()) {
			return List.of();
		}
		Map<String, CatalogSearch.Entry> found = new HashMap<>();
		jdbc.sql("""
				select s.id, s.institution_id, s.title, s.category, s.description, s.price, s.price_unit,
				s.lead_time_days, s.standards, i.name, i.region_code
				from service_item s join institution i on i.id = s.institution_id
				where s.id in (:ids) and s.active = true and i.status = 'RECOGNISED'""")
			.param("ids", serviceIds)
			.query((rs, n) -> new CatalogSearch.Entry(rs.getString(1), rs.getString(2), rs.getString(3),
					ServiceCategory.valueOf(rs.getString(4)), rs.getString(5), new Money(rs.getBigDecimal(6)),
					rs.getString(7), rs.getInt(8), rs.getString(9), rs.getString(10), rs.getString(11)))
			.list()
			.forEach(e -> found.put(e.id(), e));
		return serviceIds.stream().map(found::get).filter(Objects::nonNull).toList();
	}
}
