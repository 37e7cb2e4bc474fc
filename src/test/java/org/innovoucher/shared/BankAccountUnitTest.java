package org.innovoucher.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("BankAccount: the account a payee is paid to checks itself")
class BankAccountUnitTest {

	@Test
	void an_account_keeps_its_digits_without_the_spaces_people_write_them_with() {
		BankAccount account = new BankAccount(" 太原测试科技有限公司 ", "中国工商银行太原分行", "102161000017", "6222 0202 0011 2233");
		assertThat(account.accountName()).isEqualTo("太原测试科技有限公司");
		assertThat(account.accountNumber()).isEqualTo("6222020200112233");
		assertThat(account.masked()).isEqualTo("中国工商银行太原分行 (102161000017) ****2233").doesNotContain("62220202");
	}

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
			accountName   | NULL        | 中国银行 | 104161000012 | 62220202001122
			bankName      | 某公司      | '  '     | 104161000012 | 62220202001122
			bankCode      | 某公司      | 中国银行 | NULL         | 62220202001122
			bankCode      | 某公司      | 中国银行 | 10416100001  | 62220202001122
			bankCode      | 某公司      | 中国银行 | BKCHCNBJ110  | 62220202001122
			accountNumber | 某公司      | 中国银行 | 104161000012 | NULL
			accountNumber | 某公司      | 中国银行 | 104161000012 | 6222-0202-0011
			accountNumber | 某公司      | 中国银行 | 104161000012 | 1234567
			accountNumber | 某公司      | 中国银行 | 104161000012 | 123456789012345678901234567890123
			""")
	void a_missing_or_malformed_field_is_refused_by_its_name(String field, String name, String bank, String code,
			String number) {
		DomainException refused = catchThrowableOfType(DomainException.class,
				() -> new BankAccount(name, bank, code, number));
		assertThat(refused.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
		assertThat(refused.fieldErrors()).extracting(DomainException.FieldError::field).containsExactly(field);
	}

	@Test
	void every_wrong_field_is_reported_at_once() {
		DomainException refused = catchThrowableOfType(DomainException.class, () -> new BankAccount("", null, "x", "y"));
		assertThat(refused.fieldErrors()).extracting(DomainException.FieldError::field)
			.containsExactly("accountName", "bankName", "bankCode", "accountNumber");
	}
}
