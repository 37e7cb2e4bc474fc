package org.innovoucher.enterprise;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.innovoucher.shared.DomainException;

/**
 * A citizen identity number (居民身份证号码, GB 11643-1999): six digits of the issuing division, the
 * birth date as eight digits, three of sequence and a check character (0-9 or X, ISO 7064 MOD 11-2).
 * A team without a legal person is known by its leader's; it is shown masked, never whole, to others.
 */
public record ResidentId(String value) {

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
	private static final String CHECK = "10X98765432";

	public ResidentId {
		Optional<Finding> finding = check(value);
		if (finding.isPresent()) {
			throw DomainException.invalid("team.leaderIdNumber", finding.get().detail());
		}
		value = value.trim().toUpperCase(Locale.ROOT);
	}

	/** What is wrong with a typed number, so a page can say it in its language. */
	public enum Problem {
		MISSING, LENGTH, CHARACTER, BIRTH_DATE, CHECK
	}

	public record Finding(Problem problem, List<String> args, String detail) {
	}

	/** The first problem of {@code typed} (trimmed, x or X), or none when it is a valid number. */
	public static Optional<Finding> check(String typed) {
		if (typed == null || typed.isBlank()) {
			return Optional.of(new Finding(Problem.MISSING, List.of(), "the leader's identity number is required"));
		}
		String v = typed.trim().toUpperCase(Locale.ROOT);
		if (v.length() != 18) {
			return Optional.of(new Finding(Problem.LENGTH, List.of(Integer.toString(v.length())),
					"an identity number has 18 characters, not " + v.length()));
		}
		if (!v.substring(0, 17).chars().allMatch(Character::isDigit) || !(Character.isDigit(v.charAt(17)) || v.charAt(17) == 'X')) {
			return Optional.of(new Finding(Problem.CHARACTER, List.of(),
					"an identity number is 17 digits and a last digit or X"));
		}
		try {
			LocalDate.of(Integer.parseInt(v.substring(6, 10)), Integer.parseInt(v.substring(10, 12)),
					Integer.parseInt(v.substring(12, 14)));
		}
		catch (DateTimeException e) {
			return Optional.of(new Finding(Problem.BIRTH_DATE, List.of(), "positions 7 to 14 are a birth date"));
		}
		char expected = checkCharacter(v.substring(0, 17));
		if (v.charAt(17) != expected) {
			return Optional.of(new Finding(Problem.CHECK, List.of(String.valueOf(v.charAt(17)), String.valueOf(expected)),
					"check character is '" + v.charAt(17) + "', expected '" + expected + "'"));
		}
		return Optional.empty();
	}

	/** The ISO 7064 MOD 11-2 check character over 17 digits. */
	static char checkCharacter(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17.charAt(i) - '0') * WEIGHTS[i];
		}
		return CHECK.charAt(sum % 11);
	}

	/** The number as others may see it: the division and the last four, the birth date hidden. */
	public String masked() {
		return masked(value);
	}

	static String masked(String value) {
		return value == null ? null : value.substring(0, 6) + "********" + value.substring(14);
	}

	@Override
	public String toString() {
		return masked();
	}
}
