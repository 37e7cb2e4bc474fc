package org.innovoucher.voucher;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.innovoucher.audit.AuditedEvent;
import org.innovoucher.shared.Money;
import org.innovoucher.voucher.VoucherApplication.Status;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("VoucherApplication raises exactly one audited event per move, with its from and to")
class VoucherApplicationEventsUnitTest {

	static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

	/** Each allowed move (the application's MOVES table) and the action it is audited as. */
	static final Map<Status, Set<Status>> ALLOWED = Map.of(
			Status.SUBMITTED, EnumSet.of(Status.APPROVED, Status.REJECTED, Status.RETURNED, Status.WITHDRAWN),
			Status.RETURNED, EnumSet.of(Status.SUBMITTED, Status.WITHDRAWN),
			Status.APPROVED, EnumSet.noneOf(Status.class),
			Status.REJECTED, EnumSet.noneOf(Status.class),
			Status.WITHDRAWN, EnumSet.noneOf(Status.class));

	static final Map<Status, String> ACTIONS = Map.of(Status.APPROVED, "APPLICATION_APPROVED", Status.REJECTED,
			"APPLICATION_REJECTED", Status.RETURNED, "APPLICATION_RETURNED", Status.SUBMITTED, "APPLICATION_RESUBMITTED",
			Status.WITHDRAWN, "APPLICATION_WITHDRAWN");

	static final Map<Status, Consumer<VoucherApplication>> OPERATIONS = Map.of(
			Status.APPROVED, a -> a.approve("voucher-9", TODAY, "complete file"),
			Status.REJECTED, a -> a.reject(TODAY, "not eligible"),
			Status.RETURNED, a -> a.returnForChanges(TODAY, "more detail"),
			Status.SUBMITTED, a -> a.resubmit(Money.of(100000), "revised", List.of("RESEARCH_DEVELOPMENT"), 2, TODAY, "2026",
					LocalDate.of(2026, 3, 24)),
			Status.WITHDRAWN, VoucherApplication::withdraw);

	static List<Object> newEvents(VoucherApplication application, Consumer<VoucherApplication> operation) {
		int before = application.raisedEvents().size();
		operation.accept(application);
		List<Object> events = application.raisedEvents();
		return events.subList(before, events.size());
	}

	@Test
	void submitting_raises_application_submitted_from_nothing_to_submitted() {
		VoucherApplication application = VoucherApplication.submit("application-1", "program-1", "Shanxi 2026", 1,
				"enterprise-1", "140105", Money.of(50000), "EMC testing", List.of("TESTING_CERTIFICATION"), "user-1",
				Instant.parse("2026-03-02T02:00:00Z"), TODAY, "2026", LocalDate.of(2026, 3, 24));
		assertThat(application.raisedEvents()).singleElement()
			.isInstanceOfSatisfying(VoucherEvents.ApplicationSubmitted.class, e -> {
				assertThat(e.action()).isEqualTo("APPLICATION_SUBMITTED");
				assertThat(e.entityType()).isEqualTo("VOUCHER_APPLICATION");
				assertThat(e.entityId()).isEqualTo("application-1");
				assertThat(e.from()).isNull();
				assertThat(e.to()).isEqualTo("SUBMITTED");
				assertThat(e.reason()).isEqualTo("50000.00 in Shanxi 2026");
			});
	}

	@ParameterizedTest
	@EnumSource(Status.class)
	void every_allowed_move_raises_exactly_one_audited_event_with_its_from_and_to(Status from) {
		for (Status to : ALLOWED.get(from)) {
			VoucherApplication application = VoucherFixtures.inStatus(from);
			List<Object> events = newEvents(application, OPERATIONS.get(to));
			assertThat(events).as("%s -> %s", from, to).singleElement().isInstanceOfSatisfying(AuditedEvent.class, e -> {
				assertThat(e.action()).isEqualTo(ACTIONS.get(to));
				assertThat(e.entityType()).isEqualTo("VOUCHER_APPLICATION");
				assertThat(e.entityId()).isEqualTo(application.getId());
				assertThat(e.from()).isEqualTo(from.name());
				assertThat(e.to()).isEqualTo(to.name());
			});
		}
	}

	@Test
	void a_decision_carries_what_the_applicant_is_told() {
		VoucherApplication application = VoucherFixtures.submitted();
		List<Object> events = newEvents(application, OPERATIONS.get(Status.APPROVED));
		assertThat(events).singleElement().isEqualTo(new VoucherEvents.ApplicationDecided("application-1",
				"enterprise-1", "program-1", "APPROVED", "voucher-9", "complete file", "SUBMITTED"));
		VoucherEvents.ApplicationDecided returned = (VoucherEvents.ApplicationDecided) newEvents(
				VoucherFixtures.submitted(), OPERATIONS.get(Status.RETURNED)).get(0);
		assertThat(returned.voucherId()).isNull();
		assertThat(returned.reason()).isEqualTo("more detail");
		assertThat(returned.action()).isEqualTo("APPLICATION_RETURNED");
	}

	@Test
	void a_refused_move_raises_nothing() {
		VoucherApplication application = VoucherFixtures.inStatus(Status.WITHDRAWN);
		int before = application.raisedEvents().size();
		try {
			application.withdraw();
		}
		catch (RuntimeException expected) {
			// refused: invalid state
		}
		assertThat(application.raisedEvents()).hasSize(before);
	}
}
