package org.innovoucher.institution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.innovoucher.shared.Money;
import org.innovoucher.shared.ServiceCategory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("ServiceItem: an item of the catalog")
class ServiceItemUnitTest {

	static ServiceItem emcTest() {
		return new ServiceItem("s-1", "institution-1", "EMC test", ServiceCategory.TESTING_CERTIFICATION,
				"Electromagnetic compatibility test to GB/T 17626", Money.of("8000.00"), "per sample", 10,
				"GB/T 17626", Instant.parse("2026-02-01T01:00:00Z"));
	}

	@Test
	void a_new_item_is_offered_with_its_price_unit_and_lead_time() {
		ServiceItem item = emcTest();
		assertThat(item.isActive()).isTrue();
		assertThat(item.getPrice()).isEqualTo(Money.of(8000));
		assertThat(item.getPriceUnit()).isEqualTo("per sample");
		assertThat(item.getLeadTimeDays()).isEqualTo(10);
		assertThat(item.getStandards()).isEqualTo("GB/T 17626");
		assertThat(item.getCategory()).isEqualTo(ServiceCategory.TESTING_CERTIFICATION);
		assertThat(item.getInstitutionId()).isEqualTo("institution-1");
	}

	@Test
	void a_withdrawn_item_is_no_longer_offered() {
		ServiceItem item = emcTest();
		item.withdraw();
		assertThat(item.isActive()).isFalse();
		item.withdraw();
		assertThat(item.isActive()).isFalse();
	}

	@Test
	void a_changed_item_says_what_the_institution_typed_and_records_the_change_once() {
		ServiceItem item = emcTest();
		item.change("EMC immunity test", ServiceCategory.TESTING_CERTIFICATION, "Immunity to GB/T 17626.2",
				Money.of("7500.00"), "per sample", 7, null);
		assertThat(item.getTitle()).isEqualTo("EMC immunity test");
		assertThat(item.getPrice()).isEqualTo(Money.of(7500));
		assertThat(item.getLeadTimeDays()).isEqualTo(7);
		assertThat(item.getStandards()).isNull();
		assertThat(item.raisedEvents())
			.containsExactly(new InstitutionEvents.ServiceItemChanged("s-1", "institution-1", "EMC immunity test"));
	}

	@Test
	void the_same_values_again_change_nothing_and_record_nothing() {
		ServiceItem item = emcTest();
		item.change("EMC test", ServiceCategory.TESTING_CERTIFICATION, "Electromagnetic compatibility test to GB/T 17626",
				Money.of("8000"), "per sample", 10, "GB/T 17626");
		assertThat(item.raisedEvents()).isEmpty();
	}

	@Test
	void a_withdrawn_item_is_not_changed() {
		ServiceItem item = emcTest();
		item.withdraw();
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> item.change("EMC", ServiceCategory.TESTING_CERTIFICATION, "x", Money.of(1), "test",
					1, null))
			.isInstanceOf(org.innovoucher.shared.DomainException.class);
		assertThat(item.getTitle()).isEqualTo("EMC test");
	}
}
