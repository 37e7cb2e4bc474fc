package org.innovoucher.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Regions: the GB/T 2260 tree and the scope of a region's staff")
class RegionsUnitTest {

	/** A small region tree: Shanxi with Taiyuan (two districts) and Datong, and Xizang with Lhasa. */
	static Regions fixture() {
		return new Regions(null) {
			@Override
			List<Row> loadRows() {
				return List.of(new Row("140000", "山西省", "Shanxi", "PROVINCE", null),
						new Row("140100", "太原市", "Taiyuan", "CITY", "140000"),
						new Row("140105", "小店区", "Xiaodian", "DISTRICT", "140100"),
						new Row("140106", "迎泽区", "Yingze", "DISTRICT", "140100"),
						new Row("140200", "大同市", "Datong", "CITY", "140000"),
						new Row("540000", "西藏自治区", "Xizang", "PROVINCE", null),
						new Row("540100", "拉萨市", "Lhasa", "CITY", "540000"));
			}
		};
	}

	final Regions regions = fixture();

	@Test
	void the_tree_has_the_provinces_at_its_roots_and_their_cities_and_districts_below() {
		assertThat(regions.tree()).extracting(Region::code).containsExactly("140000", "540000");
		Region shanxi = regions.tree().get(0);
		assertThat(shanxi.children()).extracting(Region::code).containsExactly("140100", "140200");
		assertThat(shanxi.children().get(0).children()).extracting(Region::code).containsExactly("140105", "140106");
		assertThat(shanxi.nameEn()).isEqualTo("Shanxi");
		assertThat(shanxi.level()).isEqualTo("PROVINCE");
	}

	@Test
	void the_tree_cannot_be_changed_by_its_readers() {
		assertThatThrownBy(() -> regions.tree().get(0).children().clear()).isInstanceOf(UnsupportedOperationException.class);
	}

	@Test
	void a_region_is_found_by_its_code() {
		assertThat(regions.find("140100")).map(Region::name).contains("太原市");
		assertThat(regions.find("999999")).isEmpty();
		assertThat(regions.find(null)).isEmpty();
		assertThat(regions.exists("540100")).isTrue();
		assertThat(regions.exists("540200")).isFalse();
	}

	@Test
	void an_unknown_region_code_is_invalid_input_of_its_field() {
		assertThat(regions.require("140105", "regionCode").parentCode()).isEqualTo("140100");
		assertThatThrownBy(() -> regions.require("123456", "regionCode")).isInstanceOfSatisfying(DomainException.class,
				e -> {
					assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
					assertThat(e.fieldErrors()).extracting(DomainException.FieldError::field).containsExactly("regionCode");
				});
	}

	@Test
	void the_chain_of_a_district_runs_up_to_its_province_nearest_first() {
		assertThat(regions.selfAndAncestors("140105")).containsExactly("140105", "140100", "140000");
		assertThat(regions.selfAndAncestors("540000")).containsExactly("540000");
		assertThat(regions.selfAndAncestors("999999")).isEmpty();
	}

	@Test
	void a_region_lies_within_itself_and_its_ancestors_only() {
		assertThat(regions.isWithin("140105", "140105")).isTrue();
		assertThat(regions.isWithin("140105", "140100")).isTrue();
		assertThat(regions.isWithin("140105", "140000")).isTrue();
		assertThat(regions.isWithin("140200", "140100")).isFalse();
		assertThat(regions.isWithin("140100", "140105")).isFalse();
		assertThat(regions.isWithin("540100", "140000")).isFalse();
		assertThat(regions.isWithin(null, "140000")).isFalse();
	}

	@Test
	void a_null_ancestor_is_the_whole_country() {
		assertThat(regions.isWithin("540100", null)).isTrue();
		assertThat(regions.isWithin(null, null)).isTrue();
	}

	@Test
	void a_taiyuan_reviewer_acts_in_taiyuan_and_its_districts_only() {
		assertThat(regions.scope("140100")).containsExactly("140100", "140105", "140106");
		assertThat(regions.scope("140000")).containsExactlyInAnyOrder("140000", "140100", "140105", "140106", "140200");
		assertThat(regions.scope("140105")).containsExactly("140105");
	}

	@Test
	void staff_without_a_region_act_in_the_whole_country() {
		assertThat(regions.scope(null)).hasSize(8).contains("140106", "540100");
	}

	@Test
	void the_national_scope_holds_the_country_itself_and_every_region() {
		assertThat(regions.scope(Regions.COUNTRY)).containsExactlyInAnyOrderElementsOf(regions.scope(null))
			.contains(Regions.COUNTRY, "140000", "540100");
	}

	@Test
	void descendants_of_an_unknown_region_are_none() {
		assertThat(regions.selfAndDescendants("999999")).isEmpty();
	}
}
