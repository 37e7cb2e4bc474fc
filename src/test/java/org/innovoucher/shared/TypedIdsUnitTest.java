package org.innovoucher.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.ObjectMapper;

@DisplayName("Typed ids: an id names something, equals only an id of its kind and value, and writes as a plain string")
class TypedIdsUnitTest {

	static Stream<Arguments> types() {
		return Stream.of(type(EnterpriseId::of, "enterpriseId", EnterpriseId.class),
				type(InstitutionId::of, "institutionId", InstitutionId.class),
				type(ProgramId::of, "programId", ProgramId.class), type(VoucherId::of, "voucherId", VoucherId.class),
				type(ClaimId::of, "claimId", ClaimId.class), type(ContractId::of, "contractId", ContractId.class),
				type(RegionCode::of, "regionCode", RegionCode.class));
	}

	static Arguments type(Function<String, ?> of, String field, Class<?> type) {
		return Arguments.of(of, field, type);
	}

	@ParameterizedTest(name = "{2}")
	@MethodSource("types")
	void a_missing_or_blank_id_is_refused_as_bad_input_naming_the_field(Function<String, ?> of, String field) {
		for (String missing : new String[] { null, "", "  " }) {
			assertThatThrownBy(() -> of.apply(missing)).isInstanceOfSatisfying(DomainException.class, e -> {
				assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
				assertThat(e.fieldErrors()).extracting(DomainException.FieldError::field).containsExactly(field);
			});
		}
	}

	@ParameterizedTest(name = "{2}")
	@MethodSource("types")
	void two_ids_of_one_value_are_equal_and_print_as_that_value(Function<String, ?> of) {
		assertThat(of.apply("0b6a-41")).isEqualTo(of.apply("0b6a-41")).hasSameHashCodeAs(of.apply("0b6a-41"));
		assertThat(of.apply("0b6a-41")).isNotEqualTo(of.apply("0b6a-42"));
		assertThat(of.apply("0b6a-41")).hasToString("0b6a-41");
	}

	@ParameterizedTest(name = "{2}")
	@MethodSource("types")
	void json_writes_the_bare_string(Function<String, ?> of) throws Exception {
		assertThat(new ObjectMapper().writeValueAsString(of.apply("140100"))).isEqualTo("\"140100\"");
	}

	@ParameterizedTest(name = "{2}")
	@MethodSource("types")
	void ids_of_different_kinds_are_never_equal(Function<String, ?> of, String field, Class<?> type) {
		Object other = type == VoucherId.class ? ClaimId.of("same") : VoucherId.of("same");
		assertThat(of.apply("same")).isNotEqualTo(other);
	}

	@ParameterizedTest(name = "{2}")
	@MethodSource("types")
	void an_optional_id_left_out_stays_null(Function<String, ?> of) {
		assertThat(Ids.optional(null, of)).isNull();
		assertThat(Ids.optional("e-1", of)).isEqualTo(of.apply("e-1"));
	}

	@ParameterizedTest(name = "{2}")
	@MethodSource("types")
	void a_list_filter_left_out_or_left_empty_means_no_filter(Function<String, ?> of) {
		assertThat(Ids.filter(null, of)).isNull();
		assertThat(Ids.filter(" ", of)).isNull();
		assertThat(Ids.filter("e-1", of)).isEqualTo(of.apply("e-1"));
	}
}
