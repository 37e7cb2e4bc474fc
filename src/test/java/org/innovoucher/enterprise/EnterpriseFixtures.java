package org.innovoucher.enterprise;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Enterprises for unit tests of every module. */
public final class EnterpriseFixtures {

	/** A Taiyuan (Xiaodian district) small enterprise, as its USCC says. */
	public static final String USCC = "91140105MA0GRL2K1Q";

	private EnterpriseFixtures() {
	}

	public static Enterprise enterprise(String uscc, String regionCode, SizeClass size, String techSmeNumber,
			List<String> relatedParties) {
		return new Enterprise("enterprise-1", uscc, "太原示例科技有限公司", regionCode, size, "software", techSmeNumber,
				"张三", "0351-1234567", relatedParties, Instant.parse("2026-01-05T02:00:00Z"));
	}

	public static Enterprise smallTaiyuanEnterprise() {
		return enterprise(USCC, "140105", SizeClass.SMALL, null, List.of());
	}

	public static Enterprise techSme(SizeClass size) {
		return enterprise(USCC, "140105", size, "2026140105A0001234", List.of());
	}

	public static Enterprise relatedTo(String... usccs) {
		return enterprise(USCC, "140105", SizeClass.SMALL, null, List.of(usccs));
	}

	public static Enterprise bannedUntil(LocalDate until) {
		Enterprise enterprise = smallTaiyuanEnterprise();
		enterprise.ban(until);
		return enterprise;
	}
}
