package org.innovoucher.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.innovoucher.reporting.OpenStatistics;
import org.innovoucher.reporting.Statistics;
import org.innovoucher.shared.Money;
import org.junit.jupiter.api.Test;

class StatsPageUnitTest {

	private static OpenStatistics.Figures total(String issued, String redeemed) {
		return new OpenStatistics.Figures(null, 1, new Money(new java.math.BigDecimal(issued)), 1,
				new Money(new java.math.BigDecimal(redeemed)), 1, 1, null, null,
				new Statistics.Outputs(0, 0, 0, 0, 0, 0, 0));
	}

	private static OpenStatistics.CityRow city(String code, String issued, String redeemed) {
		return new OpenStatistics.CityRow(code, code, List.of(), total(issued, redeemed));
	}

	@Test
	void eachBarIsItsAmountAsAShareOfTheLargestAmountOfAnyCity() {
		OpenStatistics.Table table = new OpenStatistics.Table(null, List.of(2026),
				List.of(city("140100", "100000.00", "65000.00"), city("140200", "200000.00", "50000.00")),
				city(null, "300000.00", "115000.00"), List.of());

		List<StatsPage.Bar> bars = StatsPage.bars(table);

		assertThat(bars).extracting(StatsPage.Bar::regionCode).containsExactly("140100", "140200");
		assertThat(bars).extracting(StatsPage.Bar::issuedPercent).containsExactly(50, 100);
		assertThat(bars).extracting(StatsPage.Bar::redeemedPercent).containsExactly(33, 25);
	}

	@Test
	void withNothingIssuedOrRedeemedEveryBarIsEmptyRatherThanADivisionByZero() {
		OpenStatistics.Table table = new OpenStatistics.Table(null, List.of(), List.of(city("140100", "0.00", "0.00")),
				city(null, "0.00", "0.00"), List.of());

		assertThat(StatsPage.bars(table)).extracting(StatsPage.Bar::issuedPercent).containsExactly(0);
	}
}
