package org.innovoucher.voucher;

/**
 * Voucher serial numbers: {@code IV}, the program year, the issuing region, an 8-digit sequence and a
 * Luhn check digit over the digits, so a mistyped serial is caught before any lookup.
 */
final class SerialNumbers {

	private SerialNumbers() {
	}

	static String format(int year, String regionCode, long sequence) {
		// a serial of any other shape would fail its own validation: refuse to issue it
		if (year < 1000 || year > 9999 || regionCode == null || !regionCode.matches("\\d{6}") || sequence < 0
				|| sequence > 99_999_999L) {
			throw new IllegalArgumentException("no serial number for year " + year + ", region " + regionCode
					+ ", sequence " + sequence);
		}
		String digits = String.format("%04d%s%08d", year, regionCode, sequence);
		return "IV" + digits + luhn(digits);
	}

	static boolean isValid(String serial) {
		if (serial == null || !serial.matches("IV\\d{19}")) {
			return false;
		}
		String digits = serial.substring(2, serial.length() - 1);
		return luhn(digits) == serial.charAt(serial.length() - 1) - '0';
	}

	static int luhn(String digits) {
		int sum = 0;
		boolean doubleIt = true;
		for (int i = digits.length() - 1; i >= 0; i--) {
			int d = digits.charAt(i) - '0';
			if (doubleIt) {
				d *= 2;
				if (d > 9) {
					d -= 9;
				}
			}
			sum += d;
			doubleIt = !doubleIt;
		}
		return (10 - sum % 10) % 10;
	}
}
