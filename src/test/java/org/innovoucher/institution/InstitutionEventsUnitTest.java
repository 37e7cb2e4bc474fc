package org.innovoucher.institution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import org.innovoucher.audit.AuditedEvent;
import org.innovoucher.institution.Institution.Status;
import org.innovoucher.shared.Money;
import org.innovoucher.shared.ServiceCategory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("Institution and ServiceItem: every move raises exactly one audited event")
class InstitutionEventsUnitTest {

	/** The events raised since {@code before} were counted: what the last operation raised. */
	static List<Object> raisedSince(int before, List<Object> all) {
		return new ArrayList<>(all.subList(before, all.size()));
	}

	static AuditedEvent onlyAudited(List<Object> raised) {
		assertThat(raised).hasSize(1);
		assertThat(raised.get(0)).isInstanceOf(AuditedEvent.class);
		return (AuditedEvent) raised.get(0);
	}

	@ParameterizedTest
	@EnumSource(Status.class)
	void every_allowed_recognition_move_raises_one_event_from_and_to_its_statuses(Status from) {
		for (Status to : Status.values()) {
			if (!from.canMoveTo(to)) {
				continue;
			}
			Institution institution = InstitutionFixtures.inStatus(from);
			int before = institution.raisedEvents().size();
			institution.moveTo(to, "because");
			AuditedEvent event = onlyAudited(raisedSince(before, institution.raisedEvents()));
			assertThat(event.action()).isEqualTo("INSTITUTION_" + to.name());
			assertThat(event.entityType()).isEqualTo("INSTITUTION");
			assertThat(event.entityId()).isEqualTo(institution.getId());
			assertThat(event.from()).isEqualTo(from.name());
			assertThat(event.to()).isEqualTo(to.name());
			assertThat(event.reason()).isEqualTo("because");
			assertThat(event.actor()).isNull();
		}
	}

	@Test
	void each_named_operation_raises_its_own_event() {
		record Move(Status from, BiFunction<Institution, String, Status> operation, Class<?> event) {
		}
		List<Move> moves = List.of(
				new Move(Status.PENDING_RECOGNITION, Institution::recognise, InstitutionEvents.InstitutionRecognised.class),
				new Move(Status.PENDING_RECOGNITION, Institution::reject, InstitutionEvents.InstitutionRejected.class),
				new Move(Status.RECOGNISED, Institution::suspend, InstitutionEvents.InstitutionSuspended.class),
				new Move(Status.RECOGNISED, Institution::revoke, InstitutionEvents.InstitutionRevoked.class),
				new Move(Status.SUSPENDED, Institution::reinstate, InstitutionEvents.InstitutionReinstated.class),
				new Move(Status.SUSPENDED, Institution::revoke, InstitutionEvents.InstitutionRevoked.class));
		for (Move move : moves) {
			Institution institution = InstitutionFixtures.inStatus(move.from());
			int before = institution.raisedEvents().size();
			assertThat(move.operation().apply(institution, "why")).isEqualTo(move.from());
			assertThat(onlyAudited(raisedSince(before, institution.raisedEvents()))).isInstanceOf(move.event());
		}
	}

	@Test
	void a_reinstatement_is_recorded_as_recognised_again() {
		Institution institution = InstitutionFixtures.inStatus(Status.SUSPENDED);
		int before = institution.raisedEvents().size();
		institution.reinstate("fixed");
		AuditedEvent event = onlyAudited(raisedSince(before, institution.raisedEvents()));
		assertThat(event.action()).isEqualTo("INSTITUTION_RECOGNISED");
		assertThat(event.from()).isEqualTo("SUSPENDED");
		assertThat(event.to()).isEqualTo("RECOGNISED");
	}

	@Test
	void a_refused_move_raises_nothing() {
		Institution institution = InstitutionFixtures.inStatus(Status.REVOKED);
		int before = institution.raisedEvents().size();
		try {
			institution.recognise("no");
		}
		catch (RuntimeException expected) {
			// refused
		}
		assertThat(institution.raisedEvents()).hasSize(before);
	}

	@Test
	void a_registration_names_the_registrant_as_who_acted() {
		Institution institution = Institution.register("i-1", InstitutionFixtures.USCC, "检测中心", "140100",
				InstitutionType.TESTING_CERTIFICATION, java.util.Set.of(ServiceCategory.TESTING_CERTIFICATION), List.of(),
				List.of(), java.time.Instant.EPOCH, "lab-user");
		AuditedEvent event = onlyAudited(institution.raisedEvents());
		assertThat(event.action()).isEqualTo("INSTITUTION_REGISTERED");
		assertThat(event.from()).isNull();
		assertThat(event.to()).isEqualTo("PENDING_RECOGNITION");
		assertThat(event.reason()).isEqualTo("检测中心");
		assertThat(event.actor()).isEqualTo("lab-user");
	}

	@Test
	void an_item_is_added_active_and_withdrawn_once() {
		ServiceItem item = ServiceItem.add("s-1", "i-1", "EMC test", ServiceCategory.TESTING_CERTIFICATION, "EMC",
				Money.of(8000), "per sample", 10, null, java.time.Instant.EPOCH);
		AuditedEvent added = onlyAudited(item.raisedEvents());
		assertThat(List.of(added.action(), added.entityType(), added.entityId(), String.valueOf(added.from()), added.to(),
				added.reason())).containsExactly("SERVICE_ADDED", "SERVICE", "s-1", "null", "ACTIVE", "EMC test");

		item.withdraw();
		AuditedEvent withdrawn = onlyAudited(raisedSince(1, item.raisedEvents()));
		assertThat(List.of(withdrawn.action(), withdrawn.from(), withdrawn.to()))
			.containsExactly("SERVICE_WITHDRAWN", "ACTIVE", "WITHDRAWN");
		item.withdraw();
		assertThat(item.raisedEvents()).hasSize(2);
	}
}
