package org.innovoucher.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.innovoucher.shared.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Balances: a region's position, and the total as the sum of the regions")
class BalancesUnitTest {

	@Test
	void empty_balances_are_all_zero() {
		Balances empty = Balances.empty("140100");
		assertThat(empty.regionCode()).isEqualTo("140100");
		assertThat(empty).isEqualTo(new Balances("140100", Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO,
				Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO));
	}

	@Test
	void the_total_adds_every_figure_of_the_regions() {
		Balances taiyuan = new Balances("140100", Money.of(1000000), Money.of(100000), Money.of(65000), Money.of(60000),
				Money.of(40000), Money.of(5000), Money.of(0), Money.of(0), Money.of(740000));
		Balances datong = new Balances("140200", Money.of(500000), Money.of(50000), Money.ZERO, Money.ZERO,
				Money.of(20000), Money.ZERO, Money.of(20000), Money.of(20000), Money.of(430000));
		Balances total = Balances.empty(null).plus(taiyuan, null).plus(datong, null);
		assertThat(total).isEqualTo(new Balances(null, Money.of(1500000), Money.of(150000), Money.of(65000),
				Money.of(60000), Money.of(60000), Money.of(5000), Money.of(20000), Money.of(20000), Money.of(1170000)));
	}
}
