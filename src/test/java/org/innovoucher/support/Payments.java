package org.innovoucher.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.innovoucher.support.Api.Response;
import org.innovoucher.support.Scenarios.Deal;
import org.innovoucher.support.World.Party;

/** Claims ready for payment, payees' bank accounts and staff who sign in to pages, for the finance pages' tests. */
public final class Payments {

	public static final String ACCOUNT_NAME = "太原测试科技有限公司";
	public static final String ACCOUNT_NUMBER = "6222020200112233";
	public static final String BANK_CODE = "102161000017";

	private Payments() {
	}

	/**
	 * {@code n} claims of the deal's enterprise and voucher of 20,000.00 each, on contracts of their
	 * own, approved by the Taiyuan reviewer, through one public notice that has ended (the clock is then
	 * 9 March 2026, evening): ready for payment.
	 */
	public static List<String> readyClaims(Deal d, int n) {
		World w = d.world();
		List<String> claims = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			String contract = i == 0 ? d.contractId()
					: w.signedContract(d.enterprise(), d.institution(), d.voucherId(), "20000.00");
			String claim = Scenarios.claimUnderReview(d.withContract(contract), "20000.00");
			Response approved = w.approveClaim(claim, null);
			assertThat(approved.status()).as("approve %s", approved).isEqualTo(200);
			claims.add(claim);
		}
		Response notice = w.api.post("/api/v1/public-notices", w.operator,
				Api.obj("regionCode", World.TAIYUAN, "redemptionIds", claims));
		assertThat(notice.status()).as("notice %s", notice).isEqualTo(201);
		w.setClock("2026-03-09T18:00:00+08:00");
		Response closed = w.api.post("/api/v1/public-notices/" + notice.text("id") + "/close", w.operator, Map.of());
		assertThat(closed.status()).as("close %s", closed).isEqualTo(200);
		return claims;
	}

	/** The enterprise names the account it is paid to. */
	public static void keepAccount(World w, Party enterprise) {
		Response kept = w.api.put("/api/v1/enterprises/" + enterprise.id() + "/bank-account", enterprise.token(),
				Api.obj("accountName", ACCOUNT_NAME, "bankName", "中国工商银行太原分行", "bankCode", BANK_CODE,
						"accountNumber", ACCOUNT_NUMBER));
		assertThat(kept.status()).as("bank account %s", kept).isEqualTo(200);
	}

	/** A staff account with these roles in a region; its username (the password is {@link World#PASSWORD}). */
	public static String staff(World w, String regionCode, String... roles) {
		String username = TestData.username("staff");
		Response created = w.api.post("/api/v1/admin/users", w.admin, Api.obj("username", username, "password",
				World.PASSWORD, "email", username + "@gov.example.cn", "roles", List.of(roles), "regionCode", regionCode));
		assertThat(created.status()).as("create %s", created).isEqualTo(201);
		return username;
	}

	/** A page visitor signed in as {@code username}. */
	public static PageVisitor signedIn(int port, String username) throws Exception {
		PageVisitor visitor = new PageVisitor(port);
		assertThat(visitor.signIn(username, World.PASSWORD).statusCode()).as("sign in %s", username).isEqualTo(302);
		return visitor;
	}
}
