package org.innovoucher.shared;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The region tree (province, city, district). Static reference data, read once and kept in memory.
 */
@Component
public class Regions {

	/**
	 * The whole country: the region a national staff account names explicitly. Stored (accounts refer
	 * to it) but not part of the tree: no party registers in it and no list shows it.
	 */
	public static final String COUNTRY = "000000";

	private final JdbcClient jdbc;
	private volatile Map<String, Region> byCode;

	public Regions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private Map<String, Region> index() {
		Map<String, Region> index = byCode;
		if (index == null) {
			synchronized (this) {
				if (byCode == null) {
					byCode = load();
				}
				index = byCode;
			}
		}
		return index;
	}

	/** One stored region, before the tree is built. */
	record Row(String code, String name, String nameEn, String level, String parentCode) {
	}

	/** The stored regions in code order. */
	List<Row> loadRows() {
		return jdbc.sql("select code, name, name_en, level, parent_code from region order by code")
			.query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
			.list();
	}

	private Map<String, Region> load() {
		List<Row> rows = loadRows().stream().filter(r -> !COUNTRY.equals(r.code())).toList();
		Map<String, List<Region>> children = new LinkedHashMap<>();
		Map<String, Region> result = new LinkedHashMap<>();
		for (Row row : rows) {
			children.put(row.code(), new ArrayList<>());
		}
		for (Row row : rows) {
			result.put(row.code(), new Region(row.code(), row.name(), row.nameEn(), row.level(), row.parentCode(),
					Collections.unmodifiableList(children.get(row.code()))));
		}
		for (Row row : rows) {
			if (row.parentCode() != null && children.containsKey(row.parentCode())) {
				children.get(row.parentCode()).add(result.get(row.code()));
			}
		}
		return result;
	}

	public List<Region> tree() {
		return index().values().stream().filter(r -> r.parentCode() == null).toList();
	}

	public Optional<Region> find(String code) {
		return code == null ? Optional.empty() : Optional.ofNullable(index().get(code));
	}

	public boolean exists(String code) {
		return find(code).isPresent();
	}

	public Region require(String code, String field) {
		return find(code).orElseThrow(() -> DomainException.invalid(field, "unknown region code " + code));
	}

	/** The region itself, then its parent, up to the province. */
	public List<String> selfAndAncestors(String code) {
		List<String> chain = new ArrayList<>();
		Region region = index().get(code);
		while (region != null) {
			chain.add(region.code());
			region = region.parentCode() == null ? null : index().get(region.parentCode());
		}
		return chain;
	}

	/** A region a staff account may name: one of the tree, or {@link #COUNTRY}. */
	public boolean isAccountRegion(String code) {
		return COUNTRY.equals(code) || exists(code);
	}

	/**
	 * Whether {@code code} is {@code ancestor} or lies below it. {@link #COUNTRY} (and a null ancestor,
	 * as accounts made before regions were required have) covers the whole country.
	 */
	public boolean isWithin(String code, String ancestor) {
		if (ancestor == null || COUNTRY.equals(ancestor)) {
			return true;
		}
		return code != null && selfAndAncestors(code).contains(ancestor);
	}

	/** The region and everything below it. */
	public List<String> selfAndDescendants(String code) {
		List<String> result = new ArrayList<>();
		Region region = index().get(code);
		if (region != null) {
			collect(region, result);
		}
		return result;
	}

	/** Every region a user of {@code regionCode} acts in; a null region is the whole country. */
	public List<String> scope(String regionCode) {
		if (regionCode != null && !COUNTRY.equals(regionCode)) {
			return selfAndDescendants(regionCode);
		}
		// the country's own records (national accounts) are in the national scope too
		List<String> all = new ArrayList<>(List.of(COUNTRY));
		tree().forEach(root -> collect(root, all));
		return all;
	}

	/**
	 * The regions a list shows: those under {@code requested} (everything where null) that a user of
	 * {@code userRegion} covers. An unknown requested code is invalid input.
	 */
	public List<String> listScope(String requested, String userRegion) {
		if (requested != null) {
			require(requested, "regionCode");
		}
		List<String> mine = scope(userRegion);
		if (requested == null) {
			return mine;
		}
		java.util.Set<String> covered = new java.util.HashSet<>(mine);
		return selfAndDescendants(requested).stream().filter(covered::contains).toList();
	}

	private static void collect(Region region, List<String> into) {
		into.add(region.code());
		region.children().forEach(child -> collect(child, into));
	}
}
