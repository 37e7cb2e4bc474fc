package org.innovoucher.institution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.innovoucher.institution.Institution.Status;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.ErrorCode;
import org.innovoucher.shared.ServiceCategory;
import org.innovoucher.shared.Uscc;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("Institution: applied, recognised, rejected, suspended, revoked")
class InstitutionUnitTest {

	static final Map<Status, Set<Status>> ALLOWED = Map.of(
			Status.PENDING_RECOGNITION, EnumSet.of(Status.RECOGNISED, Status.REJECTED),
			Status.RECOGNISED, EnumSet.of(Status.SUSPENDED, Status.REVOKED),
			Status.SUSPENDED, EnumSet.of(Status.RECOGNISED, Status.REVOKED),
			Status.REJECTED, EnumSet.noneOf(Status.class),
			Status.REVOKED, EnumSet.noneOf(Status.class));

	@Test
	void the_fixture_uscc_is_valid() {
		assertThat(Uscc.of(InstitutionFixtures.USCC).value()).isEqualTo(InstitutionFixtures.USCC);
	}

	@Test
	void a_registered_institution_waits_for_recognition() {
		Institution institution = InstitutionFixtures.pendingTestingCentre();
		assertThat(institution.getStatus()).isEqualTo(Status.PENDING_RECOGNITION);
		assertThat(institution.isRecognised()).isFalse();
	}

	@ParameterizedTest
	@EnumSource(Status.class)
	void every_allowed_move_is_made_and_every_other_refused_with_invalid_state(Status from) {
		for (Status to : Status.values()) {
			Institution institution = InstitutionFixtures.inStatus(from);
			if (ALLOWED.get(from).contains(to)) {
				assertThat(institution.moveTo(to, "because")).isEqualTo(from);
				assertThat(institution.getStatus()).isEqualTo(to);
				assertThat(institution.getStatusReason()).isEqualTo("because");
			}
			else {
				assertThatThrownBy(() -> institution.moveTo(to, "because")).isInstanceOfSatisfying(
						DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_STATE));
				assertThat(institution.getStatus()).isEqualTo(from);
			}
		}
	}

	@Test
	void only_a_recognised_institution_is_recognised() {
		for (Status status : Status.values()) {
			assertThat(InstitutionFixtures.inStatus(status).isRecognised()).isEqualTo(status == Status.RECOGNISED);
		}
	}

	@Test
	void an_institution_offers_only_its_categories() {
		Institution institution = InstitutionFixtures.pendingTestingCentre();
		assertThat(institution.offers(ServiceCategory.TESTING_CERTIFICATION)).isTrue();
		assertThat(institution.offers(ServiceCategory.INCUBATION)).isFalse();
		assertThat(institution.getCategories()).containsExactly("RESEARCH_DEVELOPMENT", "TESTING_CERTIFICATION");
	}

	@Test
	void an_institution_is_related_to_itself_and_its_declared_parties() {
		Institution institution = InstitutionFixtures.pending(InstitutionFixtures.USCC, "140100",
				Set.of(ServiceCategory.CONSULTING), List.of("91140105MA0GRL2K1Q"));
		assertThat(institution.isRelatedTo(InstitutionFixtures.USCC)).isTrue();
		assertThat(institution.isRelatedTo("91140105MA0GRL2K1Q")).isTrue();
		assertThat(institution.isRelatedTo("91350100M000100Y43")).isFalse();
	}
}
