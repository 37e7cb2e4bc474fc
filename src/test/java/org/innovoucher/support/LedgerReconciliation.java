package org.innovoucher.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.innovoucher.support.Api.Response;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reconciles a program's ledger through the API only: the book of every region and the total must
 * satisfy the double-entry invariants of domain.md, and agree with the vouchers and claims the test
 * knows about (their states, balances and amounts) and with the published statistics.
 */
public final class LedgerReconciliation {

	private static final Set<String> LIVE_VOUCHER = Set.of("ISSUED", "PARTLY_USED", "USED_UP");
	private static final Set<String> BOUND = Set.of("UNDER_REVIEW");
	private static final Set<String> APPROVED = Set.of("APPROVED", "IN_PUBLIC_NOTICE", "READY_FOR_PAYMENT");
	private static final Set<String> PAID = Set.of("PAID", "CLAWED_BACK");
	private static final Set<String> HOLDS_VOUCHER = Set.of("UNDER_REVIEW", "APPROVED", "IN_PUBLIC_NOTICE",
			"READY_FOR_PAYMENT", "PAID", "CLAWED_BACK");
	private static final List<String> FIELDS = List.of("budget", "reserved", "bound", "approved", "paid", "released",
			"clawedBack", "receivable", "available");

	private LedgerReconciliation() {
	}

	/** The ledger's books: each region's and the total (key "total"). */
	public static Map<String, Map<String, BigDecimal>> books(World w, String programId) {
		Response ledger = w.ledger(programId);
		assertThat(ledger.status()).as("ledger %s", ledger).isEqualTo(200);
		// the ledger's own checks: every transaction sums to zero, the running balances are the entries' sums
		assertThat(ledger.body().get("balanced").asBoolean()).as("transactions balanced: %s", ledger).isTrue();
		assertThat(ledger.body().get("reconciled").asBoolean()).as("balances reconciled: %s", ledger).isTrue();
		// and every transaction, posted however concurrently, is sealed into the ledger's chain
		assertThat(ledger.body().get("sealed").asBoolean()).as("transactions sealed: %s", ledger).isTrue();
		Map<String, Map<String, BigDecimal>> books = new HashMap<>();
		for (JsonNode region : ledger.body().get("regions")) {
			books.put(region.get("regionCode").asText(), amounts(region));
		}
		books.put("total", amounts(ledger.body().get("total")));
		return books;
	}

	/**
	 * Asserts every invariant. {@code annualCap} may be null; vouchers and claims are every one the
	 * test created in this program (the ledger must account for exactly those).
	 */
	public static void reconcile(World w, String programId, Collection<String> voucherIds, Collection<String> claimIds,
			BigDecimal annualCap) {
		Map<String, Map<String, BigDecimal>> books = books(w, programId);
		Map<String, BigDecimal> sumOfRegions = new HashMap<>();
		books.forEach((region, book) -> {
			for (String field : FIELDS) {
				assertThat(book.get(field)).as("%s %s never negative: %s", region, field, book)
					.isGreaterThanOrEqualTo(BigDecimal.ZERO);
			}
			// double entry: whatever came in (budget, clawbacks) sits on exactly one account
			BigDecimal in = book.get("budget").add(book.get("clawedBack"));
			BigDecimal held = book.get("available").add(book.get("reserved")).add(book.get("bound"))
				.add(book.get("approved")).add(book.get("paid")).add(book.get("receivable"));
			assertThat(held).as("%s: budget + clawed back = available + reserved + bound + approved + paid + receivable: %s",
					region, book).isEqualByComparingTo(in);
			// reservations and commitments never exceed the budget
			assertThat(book.get("reserved").add(book.get("bound")).add(book.get("approved")).add(book.get("paid")))
				.as("%s: committed and paid within the budget: %s", region, book)
				.isLessThanOrEqualTo(in);
			if (!region.equals("total")) {
				book.forEach((field, amount) -> sumOfRegions.merge(field, amount, BigDecimal::add));
			}
		});
		for (String field : FIELDS) {
			assertThat(books.get("total").get(field)).as("total %s is the sum of the regions", field)
				.isEqualByComparingTo(sumOfRegions.getOrDefault(field, BigDecimal.ZERO));
		}

		// the ledger agrees with the vouchers and claims
		Map<String, BigDecimal> total = books.get("total");
		BigDecimal reserved = BigDecimal.ZERO;
		BigDecimal issued = BigDecimal.ZERO;
		Map<String, BigDecimal> voucherConsumed = new HashMap<>();
		Map<String, JsonNode> vouchers = new HashMap<>();
		for (String id : voucherIds) {
			Response voucher = w.api.get("/api/v1/vouchers/" + id, w.policyAdmin);
			assertThat(voucher.status()).as("voucher %s", voucher).isEqualTo(200);
			BigDecimal face = money(voucher.body(), "faceValue");
			BigDecimal balance = money(voucher.body(), "balance");
			assertThat(balance).as("voucher balance within [0, face value]: %s", voucher)
				.isBetween(BigDecimal.ZERO, face);
			if (LIVE_VOUCHER.contains(voucher.text("status"))) {
				reserved = reserved.add(balance);
			}
			if (!"REVOKED".equals(voucher.text("status"))) {
				issued = issued.add(face);
			}
			vouchers.put(id, voucher.body());
		}
		assertThat(total.get("reserved")).as("reserved = balances of live vouchers").isEqualByComparingTo(reserved);

		BigDecimal bound = BigDecimal.ZERO;
		BigDecimal approved = BigDecimal.ZERO;
		BigDecimal paid = BigDecimal.ZERO;
		BigDecimal receivable = BigDecimal.ZERO;
		BigDecimal clawedBack = BigDecimal.ZERO;
		BigDecimal redeemed = BigDecimal.ZERO;
		Map<String, BigDecimal> perEnterprise = new HashMap<>();
		List<String> claimStates = new ArrayList<>();
		for (String id : claimIds) {
			Response claim = w.api.get("/api/v1/redemptions/" + id, w.policyAdmin);
			assertThat(claim.status()).as("claim %s", claim).isEqualTo(200);
			JsonNode c = claim.body();
			String status = claim.text("status");
			claimStates.add(status);
			if (BOUND.contains(status)) {
				bound = bound.add(money(c, "payableAmount"));
			}
			if (APPROVED.contains(status)) {
				approved = approved.add(money(c, "approvedAmount"));
			}
			if (PAID.contains(status)) {
				paid = paid.add(money(c, "approvedAmount"));
			}
			if ("PAID".equals(status)) {
				redeemed = redeemed.add(money(c, "approvedAmount"));
			}
			if ("CLAWED_BACK".equals(status)) {
				clawedBack = clawedBack.add(money(c, "approvedAmount"));
				receivable = receivable.add(money(c, "outstandingAmount"));
			}
			if (HOLDS_VOUCHER.contains(status)) {
				voucherConsumed.merge(claim.text("voucherId"), money(c, "voucherPart"), BigDecimal::add);
				BigDecimal counted = c.hasNonNull("approvedAmount") ? money(c, "approvedAmount") : money(c, "payableAmount");
				// the cap is per calendar year: the year the claim's amount was bound
				String year = c.hasNonNull("boundYear") ? " in " + c.get("boundYear").asText() : "";
				perEnterprise.merge(claim.text("enterpriseId") + year, counted, BigDecimal::add);
			}
		}
		assertThat(total.get("bound")).as("bound = payables of confirmed claims %s", claimStates)
			.isEqualByComparingTo(bound);
		assertThat(total.get("approved")).as("approved = approved claims awaiting payment %s", claimStates)
			.isEqualByComparingTo(approved);
		assertThat(total.get("paid")).as("paid = paid claims (once each) %s", claimStates).isEqualByComparingTo(paid);
		assertThat(total.get("receivable")).as("receivable = what clawed-back claims still owe").isEqualByComparingTo(receivable);
		assertThat(total.get("clawedBack")).as("clawed back = clawed-back claims").isEqualByComparingTo(clawedBack);
		voucherConsumed.forEach((voucherId, consumed) -> {
			JsonNode voucher = vouchers.get(voucherId);
			if (voucher != null && LIVE_VOUCHER.contains(voucher.get("status").asText())) {
				assertThat(consumed).as("voucher %s: bound parts never exceed the face value", voucherId)
					.isLessThanOrEqualTo(money(voucher, "faceValue"))
					.isEqualByComparingTo(money(voucher, "faceValue").subtract(money(voucher, "balance")));
			}
		});
		if (annualCap != null) {
			perEnterprise.forEach((enterprise, sum) -> assertThat(sum)
				.as("enterprise %s within the annual cap", enterprise).isLessThanOrEqualTo(annualCap));
		}

		// the published statistics tell the same story
		Response stats = w.api.get("/api/v1/stats/programs/" + programId + "?groupBy=region", w.policyAdmin);
		assertThat(stats.status()).as("stats %s", stats).isEqualTo(200);
		assertThat(money(stats.body().get("total"), "issuedAmount")).as("issued amount in the statistics")
			.isEqualByComparingTo(issued);
		assertThat(money(stats.body().get("total"), "redeemedAmount")).as("redeemed amount in the statistics")
			.isEqualByComparingTo(redeemed);
	}

	private static Map<String, BigDecimal> amounts(JsonNode book) {
		Map<String, BigDecimal> amounts = new HashMap<>();
		for (String field : FIELDS) {
			amounts.put(field, money(book, field));
		}
		return amounts;
	}

	static BigDecimal money(JsonNode node, String field) {
		JsonNode value = node == null ? null : node.get(field);
		if (value == null || value.isNull()) {
			return BigDecimal.ZERO;
		}
		String text = value.asText();
		assertThat(text).as("%s is money with two decimals", field).matches("-?\\d+\\.\\d{2}");
		return new BigDecimal(text);
	}
}
