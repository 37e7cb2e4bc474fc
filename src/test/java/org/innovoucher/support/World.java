package org.innovoucher.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.innovoucher.support.Api.Response;

/**
 * A test's own little world: staff of Shanxi and of Taiyuan, and helpers that drive parties through
 * the lifecycle over the API. Every name and code is unique, so worlds never collide.
 */
public final class World {

	/** A Monday in March 2026, inside the default program's application window. */
	public static final String DEFAULT_NOW = "2026-03-02T09:00:00+08:00";
	public static final String PROVINCE = "140000";
	public static final String TAIYUAN = "140100";
	public static final String XIAODIAN = "140105";
	public static final String DATONG = "140200";
	public static final String PASSWORD = "password-123";

	/** A logged-in account of an enterprise or an institution. */
	public record Party(String id, String userId, String username, String token, String uscc) {
	}

	public final Api api;
	public final String admin;
	public final String policyAdmin;
	public final String operator;
	public final String reviewer;
	public final String provinceReviewer;
	public final String datongReviewer;
	public final String finance;
	public final String supervisor;

	private World(Api api, String admin) {
		this.api = api;
		this.admin = admin;
		this.policyAdmin = staff("POLICY_ADMIN", PROVINCE);
		this.operator = staff("OPERATOR", PROVINCE);
		this.reviewer = staff("BUREAU_REVIEWER", TAIYUAN);
		this.provinceReviewer = staff("BUREAU_REVIEWER", PROVINCE);
		this.datongReviewer = staff("BUREAU_REVIEWER", DATONG);
		this.finance = staff("FINANCE_OFFICER", PROVINCE);
		this.supervisor = staff("SUPERVISOR", PROVINCE);
	}

	public static World create(Api api, String adminPassword, String now) {
		String admin = login(api, "admin", adminPassword);
		Response moved = api.post("/api/v1/admin/clock", admin, Api.obj("now", now));
		assertThat(moved.status()).as("clock move %s", moved).isEqualTo(200);
		return new World(api, admin);
	}

	public static String login(Api api, String username, String password) {
		Response response = api.post("/api/v1/auth/token", null, Api.obj("username", username, "password", password));
		assertThat(response.status()).as("login %s: %s", username, response).isEqualTo(200);
		return response.text("accessToken");
	}

	public void setClock(String now) {
		Response moved = api.post("/api/v1/admin/clock", admin, Api.obj("now", now));
		assertThat(moved.status()).as("clock move %s", moved).isEqualTo(200);
	}

	/** Creates a staff account with one role in a region and returns its token. */
	public String staff(String role, String regionCode) {
		String username = TestData.username(role.toLowerCase());
		Response created = api.post("/api/v1/admin/users", admin, Api.obj("username", username, "password", PASSWORD,
				"email", username + "@gov.example.cn", "roles", List.of(role), "regionCode", regionCode));
		assertThat(created.status()).as("create %s: %s", role, created).isEqualTo(201);
		return login(api, username, PASSWORD);
	}

	public Map<String, Object> enterpriseBody(String username, String uscc, String regionCode, String sizeClass) {
		return Api.obj("username", username, "password", PASSWORD, "email", username + "@corp.example.cn", "enterprise",
				Api.obj("uscc", uscc, "name", "企业 " + username, "regionCode", regionCode, "sizeClass", sizeClass,
						"industry", "software", "techSmeNumber", "2026140105A0001", "legalRepresentative", "张三",
						"contactPhone", "13800000000"));
	}

	public Party enterprise() {
		return enterprise(XIAODIAN, "SMALL");
	}

	public Party enterprise(String regionCode, String sizeClass) {
		String username = TestData.username("ent");
		String uscc = TestData.uscc(regionCode);
		Response registered = api.post("/api/v1/registrations/enterprises", null,
				enterpriseBody(username, uscc, regionCode, sizeClass));
		assertThat(registered.status()).as("register enterprise %s", registered).isEqualTo(201);
		return new Party(registered.text("enterpriseId"), registered.text("userId"), username,
				login(api, username, PASSWORD), uscc);
	}

	public Map<String, Object> institutionBody(String username, String uscc, String regionCode, List<String> categories) {
		return Api.obj("username", username, "password", PASSWORD, "email", username + "@lab.example.cn", "institution",
				Api.obj("uscc", uscc, "name", "检测中心 " + username, "regionCode", regionCode, "type",
						"TESTING_CERTIFICATION", "categories", categories, "qualifications", List.of("CMA", "CNAS")));
	}

	/** A registered institution, not yet recognised. */
	public Party pendingInstitution(String regionCode, List<String> categories) {
		String username = TestData.username("inst");
		String uscc = TestData.uscc(regionCode);
		Response registered = api.post("/api/v1/registrations/institutions", null,
				institutionBody(username, uscc, regionCode, categories));
		assertThat(registered.status()).as("register institution %s", registered).isEqualTo(201);
		return new Party(registered.text("institutionId"), registered.text("userId"), username,
				login(api, username, PASSWORD), uscc);
	}

	public Party institution() {
		return institution(TAIYUAN, List.of("TESTING_CERTIFICATION", "RESEARCH_DEVELOPMENT"));
	}

	public Party institution(String regionCode, List<String> categories) {
		Party institution = pendingInstitution(regionCode, categories);
		Response recognised = api.post("/api/v1/institutions/" + institution.id() + "/recognition", operator,
				Api.obj("decision", "APPROVE", "reason", "qualified"));
		assertThat(recognised.status()).as("recognise %s", recognised).isEqualTo(200);
		return institution;
	}

	/** A recognised institution of a type and a name of its own (the username makes the name unique). */
	public Party institution(String regionCode, String type, String name, List<String> categories) {
		String username = TestData.username("inst");
		Map<String, Object> body = institutionBody(username, TestData.uscc(regionCode), regionCode, categories);
		@SuppressWarnings("unchecked")
		Map<String, Object> institution = (Map<String, Object>) body.get("institution");
		institution.put("type", type);
		institution.put("name", name + " " + username);
		Response registered = api.post("/api/v1/registrations/institutions", null, body);
		assertThat(registered.status()).as("register institution %s", registered).isEqualTo(201);
		Party party = new Party(registered.text("institutionId"), registered.text("userId"), username,
				login(api, username, PASSWORD), null);
		Response recognised = api.post("/api/v1/institutions/" + party.id() + "/recognition", operator,
				Api.obj("decision", "APPROVE", "reason", "qualified"));
		assertThat(recognised.status()).as("recognise %s", recognised).isEqualTo(200);
		return party;
	}

	/** An item of the institution's catalog, priced per test (次); its id. */
	public String service(Party institution, String title, String category, String price, int leadTimeDays) {
		Response added = api.post("/api/v1/institutions/" + institution.id() + "/services", institution.token(),
				Api.obj("title", title, "category", category, "description", "服务说明", "price", price, "priceUnit",
						"次", "leadTimeDays", leadTimeDays));
		assertThat(added.status()).as("add service %s", added).isEqualTo(201);
		return added.text("id");
	}

	/** The Shanxi 2026 rules of api.md, with the given fields replaced. */
	public Map<String, Object> programBody(Object... overrides) {
		Map<String, Object> body = new LinkedHashMap<>(Api.obj("name", "Shanxi S&T innovation voucher 2026 " +
				TestData.username("p"), "regionCode", PROVINCE, "year", 2026, "cycle", "ANNUAL", "applicationOpensOn",
				"2026-01-01", "applicationClosesOn", "2026-12-31", "validUntil", "2026-12-31", "denominations",
				List.of("50000.00", "100000.00"), "excessRatio", "0.50", "excessRatioByRegion", Map.of("140200", "0.60"),
				"annualCapPerEnterprise", "200000.00", "serviceCategories",
				List.of("RESEARCH_DEVELOPMENT", "TESTING_CERTIFICATION", "INTELLECTUAL_PROPERTY", "TECHNOLOGY_TRANSFER",
						"CONSULTING"),
				"acceptedInstitutionRegions", List.of(PROVINCE), "techSmeRequired", false, "reviewWorkingDays", 10,
				"confirmWorkingDays", 5, "noticeWorkingDays", 5, "banYearsOnFraud", 3));
		body.putAll(Api.obj(overrides));
		return body;
	}

	/** Creates, budgets (Taiyuan gets {@code budget}) and publishes a program. */
	public String program(String budget, Object... overrides) {
		Response created = api.post("/api/v1/programs", policyAdmin, programBody(overrides));
		assertThat(created.status()).as("create program %s", created).isEqualTo(201);
		String id = created.text("id");
		budget(id, TAIYUAN, budget);
		Response published = api.post("/api/v1/programs/" + id + "/publish", policyAdmin, Map.of());
		assertThat(published.status()).as("publish %s", published).isEqualTo(200);
		return id;
	}

	public void budget(String programId, String regionCode, String amount) {
		Response set = api.post("/api/v1/programs/" + programId + "/budgets", policyAdmin,
				Api.obj("regionCode", regionCode, "amount", amount));
		assertThat(set.status()).as("budget %s", set).isEqualTo(200);
	}

	public Response apply(Party enterprise, String programId, String denomination) {
		return api.post("/api/v1/voucher-applications", enterprise.token(), Api.obj("programId", programId,
				"denomination", denomination, "purpose", "检测认证", "serviceCategories", List.of("TESTING_CERTIFICATION")));
	}

	/** Applies and has the Taiyuan reviewer approve; returns the voucher id. */
	public String voucher(Party enterprise, String programId, String denomination) {
		Response applied = apply(enterprise, programId, denomination);
		assertThat(applied.status()).as("apply %s", applied).isEqualTo(201);
		Response approved = api.post("/api/v1/voucher-applications/" + applied.text("id") + "/decision", reviewer,
				Api.obj("decision", "APPROVE", "reason", "ok"));
		assertThat(approved.status()).as("approve %s", approved).isEqualTo(200);
		return approved.text("voucherId");
	}

	public Response proposeContract(Party enterprise, Party institution, String voucherId, String amount) {
		return api.post("/api/v1/contracts", enterprise.token(), Api.obj("institutionId", institution.id(), "voucherId",
				voucherId, "title", "产品检测", "category", "TESTING_CERTIFICATION", "amount", amount, "signedOn",
				"2026-03-02"));
	}

	/** A contract the institution has signed; returns its id. */
	public String signedContract(Party enterprise, Party institution, String voucherId, String amount) {
		Response proposed = proposeContract(enterprise, institution, voucherId, amount);
		assertThat(proposed.status()).as("propose %s", proposed).isEqualTo(201);
		Response accepted = api.post("/api/v1/contracts/" + proposed.text("id") + "/acceptance", institution.token(),
				Api.obj("accept", true));
		assertThat(accepted.status()).as("accept %s", accepted).isEqualTo(200);
		return proposed.text("id");
	}

	public Response claim(Party enterprise, String contractId, String paidAmount) {
		return api.post("/api/v1/redemptions", enterprise.token(), Api.obj("contractId", contractId, "paidAmount",
				paidAmount, "resultSummary", "完成产品检测，取得检测报告", "outputs",
				Api.obj("inventionPatents", 1, "utilityModels", 0, "designPatents", 0, "trademarks", 0,
						"softwareCopyrights", 2, "newProducts", 1, "testReports", 3)));
	}

	public static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	/** Uploads all four required evidence kinds. */
	public void evidence(Party enterprise, String claimId) {
		for (String kind : List.of("RESULT_REPORT", "CONTRACT", "INVOICE", "PAYMENT_PROOF")) {
			Response uploaded = api.upload("/api/v1/redemptions/" + claimId + "/attachments", enterprise.token(),
					kind.toLowerCase() + ".pdf", PDF, Map.of("kind", kind));
			assertThat(uploaded.status()).as("upload %s", uploaded).isEqualTo(201);
		}
	}

	/** A claim with evidence, submitted and awaiting the institution; returns its id. */
	public String submittedClaim(Party enterprise, String contractId, String paidAmount) {
		Response created = claim(enterprise, contractId, paidAmount);
		assertThat(created.status()).as("claim %s", created).isEqualTo(201);
		String id = created.text("id");
		evidence(enterprise, id);
		Response submitted = api.post("/api/v1/redemptions/" + id + "/submit", enterprise.token(), Map.of());
		assertThat(submitted.status()).as("submit %s", submitted).isEqualTo(200);
		return id;
	}

	public Response confirm(Party institution, String claimId) {
		return api.post("/api/v1/redemptions/" + claimId + "/confirmation", institution.token(), Api.obj("confirm", true));
	}

	public Response approveClaim(String claimId, String approvedAmount) {
		return api.post("/api/v1/redemptions/" + claimId + "/decision", reviewer,
				approvedAmount == null ? Api.obj("decision", "APPROVE", "reason", "ok")
						: Api.obj("decision", "APPROVE", "approvedAmount", approvedAmount, "reason", "ok"));
	}

	public Response ledger(String programId) {
		return api.get("/api/v1/programs/" + programId + "/ledger", policyAdmin);
	}

	/** The ledger's total row. */
	public Map<String, String> ledgerTotal(String programId) {
		Response ledger = ledger(programId);
		assertThat(ledger.status()).as("ledger %s", ledger).isEqualTo(200);
		Map<String, String> total = new LinkedHashMap<>();
		ledger.body().get("total").fields().forEachRemaining(e -> total.put(e.getKey(), e.getValue().asText()));
		return total;
	}
}
