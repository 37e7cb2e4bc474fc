package org.innovoucher.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

@DisplayName("ErrorCode: the stable codes of the contract and their statuses")
class ErrorCodeUnitTest {

	/** The codes api.md lists, in its order. */
	static final List<String> CONTRACT = List.of("VALIDATION_FAILED", "INVALID_USCC", "DUPLICATE_USCC", "USERNAME_TAKEN",
			"NOT_ELIGIBLE", "ENTERPRISE_BANNED", "APPLICATION_WINDOW_CLOSED", "DUPLICATE_APPLICATION",
			"INVALID_DENOMINATION", "BUDGET_EXHAUSTED", "INVALID_STATE", "INSTITUTION_NOT_RECOGNISED",
			"CATEGORY_NOT_COVERED", "INSTITUTION_REGION_NOT_ACCEPTED", "RELATED_PARTY", "VOUCHER_NOT_ACTIVE",
			"VOUCHER_EXPIRED", "VOUCHER_BALANCE_EXCEEDED", "ANNUAL_CAP_EXCEEDED", "EVIDENCE_MISSING", "FILE_REJECTED",
			"AMOUNT_ABOVE_PAYABLE", "NOTICE_PERIOD_NOT_OVER", "IDEMPOTENCY_KEY_REUSED", "FORBIDDEN", "NOT_FOUND",
			// added in December 2026
			"PAYLOAD_TOO_LARGE", "TOO_MANY_REQUESTS", "DUPLICATE_REFERENCE", "SEPARATION_OF_DUTIES", "NOT_ENOUGH_EXPERTS",
			"CONFLICT_OF_INTEREST", "ACCOUNT_DISABLED", "OBJECTIONS_PENDING");

	@Test
	void every_code_of_the_contract_exists() {
		assertThat(Arrays.stream(ErrorCode.values()).map(Enum::name)).containsAll(CONTRACT);
	}

	@Test
	void rule_and_state_conflicts_are_409_and_never_422() {
		for (ErrorCode code : ErrorCode.values()) {
			assertThat(code.status()).as(code.name()).isNotEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
			assertThat(code.title()).as(code.name()).isNotBlank();
		}
		assertThat(ErrorCode.INVALID_STATE.status()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(ErrorCode.BUDGET_EXHAUSTED.status()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(ErrorCode.ANNUAL_CAP_EXCEEDED.status()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(ErrorCode.NOTICE_PERIOD_NOT_OVER.status()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(ErrorCode.RELATED_PARTY.status()).isEqualTo(HttpStatus.CONFLICT);
	}

	@Test
	void invalid_input_is_400_missing_authentication_401_refusal_403_and_unknown_404() {
		assertThat(ErrorCode.VALIDATION_FAILED.status()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(ErrorCode.INVALID_USCC.status()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(ErrorCode.UNAUTHENTICATED.status()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(ErrorCode.FORBIDDEN.status()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(ErrorCode.NOT_FOUND.status()).isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void the_factories_give_their_codes_and_field_errors() {
		assertThat(DomainException.invalidState("x").code()).isEqualTo(ErrorCode.INVALID_STATE);
		assertThat(DomainException.forbidden("x").code()).isEqualTo(ErrorCode.FORBIDDEN);
		assertThat(DomainException.notFound("voucher", "v-1").code()).isEqualTo(ErrorCode.NOT_FOUND);
		assertThat(DomainException.notFound("voucher", "v-1").getMessage()).isEqualTo("voucher v-1 not found");
		DomainException invalid = DomainException.invalid("amount", "must be positive");
		assertThat(invalid.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
		assertThat(invalid.fieldErrors()).containsExactly(new DomainException.FieldError("amount", "must be positive"));
	}
}
