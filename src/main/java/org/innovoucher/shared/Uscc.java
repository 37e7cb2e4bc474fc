package org.innovoucher.shared;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from a 31-character
 * alphabet without I, O, Z, S and V, the last one a check character over the first 17.
 */
public record Uscc(String value) {

	static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	public Uscc {
		Optional<Finding> finding = check(value);
		if (finding.isPresent()) {
			throw invalid(finding.get().detail());
		}
		value = value.trim().toUpperCase(Locale.ROOT);
	}

	/** What is wrong with a typed code, so a page can say it in its language; its arguments fill the words. */
	public enum Problem {
		MISSING, LENGTH, CHARACTER, DIVISION, CHECK
	}

	/** The first thing wrong with a typed code: the problem, its arguments, and the detail the API reports. */
	public record Finding(Problem problem, List<String> args, String detail) {
	}

	/** The first problem of {@code typed} as a code (trimmed, case-insensitive), or none when it is one. */
	public static Optional<Finding> check(String typed) {
		if (typed == null || typed.isBlank()) {
			return Optional.of(new Finding(Problem.MISSING, List.of(), "a unified social credit code is required"));
		}
		String value = typed.trim().toUpperCase(Locale.ROOT);
		if (value.length() != 18) {
			return Optional.of(new Finding(Problem.LENGTH, List.of(Integer.toString(value.length())),
					"a unified social credit code has 18 characters, not " + value.length()));
		}
		for (int i = 0; i < 18; i++) {
			if (ALPHABET.indexOf(value.charAt(i)) < 0) {
				String c = String.valueOf(value.charAt(i));
				return Optional.of(new Finding(Problem.CHARACTER, List.of(c, Integer.toString(i + 1)),
						"character '" + c + "' at position " + (i + 1) + " is not allowed"));
			}
		}
		if (!value.substring(2, 8).chars().allMatch(Character::isDigit)) {
			return Optional.of(new Finding(Problem.DIVISION, List.of(),
					"positions 3 to 8 are the administrative division code (digits)"));
		}
		char expected = checkCharacter(value.substring(0, 17));
		if (value.charAt(17) != expected) {
			return Optional.of(new Finding(Problem.CHECK, List.of(String.valueOf(value.charAt(17)), String.valueOf(expected)),
					"check character is '" + value.charAt(17) + "', expected '" + expected + "'"));
		}
		return Optional.empty();
	}

	@JsonCreator
	public static Uscc of(String value) {
		return new Uscc(value);
	}

	/**
	 * The GB 32100-2015 check character for the first 17 characters (case-insensitive). Refuses input
	 * that is not 17 characters of the code's alphabet: a character outside it has no value, and
	 * counting it as -1 would yield a wrong check character or none at all.
	 */
	public static char checkCharacter(String first17) {
		if (first17 == null || first17.length() != 17) {
			throw invalid("the check character is computed over exactly 17 characters");
		}
		String upper = first17.toUpperCase(Locale.ROOT);
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			int value = ALPHABET.indexOf(upper.charAt(i));
			if (value < 0) {
				throw invalid("character '" + first17.charAt(i) + "' at position " + (i + 1) + " is not allowed");
			}
			sum += value * WEIGHTS[i];
		}
		int check = 31 - sum % 31;
		return ALPHABET.charAt(check == 31 ? 0 : check);
	}

	private static DomainException invalid(String detail) {
		return new DomainException(ErrorCode.INVALID_USCC, detail,
				List.of(new DomainException.FieldError("uscc", detail)));
	}

	@JsonValue
	@Override
	public String toString() {
		return value;
	}
}
