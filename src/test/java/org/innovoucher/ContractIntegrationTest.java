package org.innovoucher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innovoucher.support.ProblemAssert.assertInvalid;
import static org.innovoucher.support.ProblemAssert.assertProblem;

import java.util.List;
import java.util.Map;

import org.innovoucher.support.Api;
import org.innovoucher.support.Api.Response;
import org.innovoucher.support.IntegrationTestBase;
import org.innovoucher.support.TestData;
import org.innovoucher.support.World;
import org.innovoucher.support.World.Party;
import org.junit.jupiter.api.Test;

/** Contracts: who may sign with whom under which voucher, and the institution's answer. */
class ContractIntegrationTest extends IntegrationTestBase {

	private Response propose(World w, Party enterprise, Party institution, String voucher, String category) {
		return api.post("/api/v1/contracts", enterprise.token(), Api.obj("institutionId", institution.id(), "voucherId",
				voucher, "title", "服务", "category", category, "amount", "10000.00", "signedOn", "2026-03-02"));
	}

	@Test
	void theInstitutionAcceptsOrDeclinesAProposal() {
		World w = world();
		String program = w.program("1000000.00");
		Party enterprise = w.enterprise();
		Party institution = w.institution();
		String voucher = w.voucher(enterprise, program, "50000.00");
		Response proposed = w.proposeContract(enterprise, institution, voucher, "30000.00");
		assertThat(proposed.status()).isEqualTo(201);
		assertThat(proposed.text("status")).isEqualTo("PROPOSED");
		String id = proposed.text("id");
		// another institution does not know the contract exists
		assertProblem(api.post("/api/v1/contracts/" + id + "/acceptance", w.institution().token(),
				Api.obj("accept", true)), 404, "NOT_FOUND");
		assertProblem(api.post("/api/v1/contracts/" + id + "/acceptance", enterprise.token(), Api.obj("accept", true)),
				403, "FORBIDDEN");
		assertInvalid(api.post("/api/v1/contracts/" + id + "/acceptance", institution.token(), Api.obj()), "accept");
		Response signed = api.post("/api/v1/contracts/" + id + "/acceptance", institution.token(),
				Api.obj("accept", true));
		assertThat(signed.text("status")).isEqualTo("SIGNED");
		assertProblem(api.post("/api/v1/contracts/" + id + "/acceptance", institution.token(),
				Api.obj("accept", false, "reason", "changed my mind")), 409, "INVALID_STATE");

		String other = w.proposeContract(enterprise, institution, voucher, "5000.00").text("id");
		Response declined = api.post("/api/v1/contracts/" + other + "/acceptance", institution.token(),
				Api.obj("accept", false, "reason", "fully booked"));
		assertThat(declined.text("status")).isEqualTo("DECLINED");
		assertThat(api.get("/api/v1/contracts/" + other, enterprise.token()).text("status")).isEqualTo("DECLINED");
		assertProblem(api.get("/api/v1/contracts/" + other, w.enterprise().token()), 404, "NOT_FOUND");
		assertProblem(api.post("/api/v1/contracts/no-such-contract/acceptance", institution.token(),
				Api.obj("accept", true)), 404, "NOT_FOUND");
	}

	@Test
	void onlyRecognisedInstitutionsOfAcceptedRegionsAndCoveredCategoriesAreContracted() {
		World w = world();
		String program = w.program("1000000.00");
		Party enterprise = w.enterprise();
		String voucher = w.voucher(enterprise, program, "50000.00");
		Party pending = w.pendingInstitution(World.TAIYUAN, List.of("TESTING_CERTIFICATION"));
		assertProblem(propose(w, enterprise, pending, voucher, "TESTING_CERTIFICATION"), 409,
				"INSTITUTION_NOT_RECOGNISED");
		Party lhasa = w.pendingInstitution("540100", List.of("TESTING_CERTIFICATION"));
		assertThat(api.post("/api/v1/institutions/" + lhasa.id() + "/recognition", w.staff("OPERATOR", "540000"),
				Api.obj("decision", "APPROVE", "reason", "ok")).status()).isEqualTo(200);
		assertProblem(propose(w, enterprise, lhasa, voucher, "TESTING_CERTIFICATION"), 409,
				"INSTITUTION_REGION_NOT_ACCEPTED");
		Party broad = w.institution(World.TAIYUAN, List.of("TESTING_CERTIFICATION", "GERMPLASM_RESOURCES"));
		// the program does not cover the category
		assertProblem(propose(w, enterprise, broad, voucher, "GERMPLASM_RESOURCES"), 409, "CATEGORY_NOT_COVERED");
		// the institution does not offer it
		assertProblem(propose(w, enterprise, broad, voucher, "INTELLECTUAL_PROPERTY"), 409, "CATEGORY_NOT_COVERED");
		assertThat(propose(w, enterprise, broad, voucher, "TESTING_CERTIFICATION").status()).isEqualTo(201);
	}

	@Test
	void relatedPartiesCannotContractWithEachOther() {
		World w = world();
		String program = w.program("1000000.00");
		Party institution = w.institution();
		String username = TestData.username("ent");
		Map<String, Object> body = w.enterpriseBody(username, TestData.uscc(), World.XIAODIAN, "SMALL");
		@SuppressWarnings("unchecked")
		Map<String, Object> details = (Map<String, Object>) body.get("enterprise");
		details.put("relatedParties", List.of(institution.uscc()));
		Response registered = api.post("/api/v1/registrations/enterprises", null, body);
		assertThat(registered.status()).isEqualTo(201);
		Party enterprise = new Party(registered.text("enterpriseId"), registered.text("userId"), username,
				World.login(api, username, World.PASSWORD), null);
		String voucher = w.voucher(enterprise, program, "50000.00");
		assertProblem(propose(w, enterprise, institution, voucher, "TESTING_CERTIFICATION"), 409, "RELATED_PARTY");
		details.put("relatedParties", List.of("not-a-uscc"));
		details.put("uscc", TestData.uscc());
		body.put("username", TestData.username("ent"));
		assertProblem(api.post("/api/v1/registrations/enterprises", null, body), 400, "INVALID_USCC");
	}

	@Test
	void theVoucherMustBeTheEnterprisesOwnAndUsable() {
		World w = world();
		String program = w.program("1000000.00");
		Party enterprise = w.enterprise();
		Party institution = w.institution();
		String voucher = w.voucher(enterprise, program, "50000.00");
		Party stranger = w.enterprise();
		assertProblem(propose(w, stranger, institution, voucher, "TESTING_CERTIFICATION"), 404, "NOT_FOUND");
		assertProblem(propose(w, enterprise, institution, "no-such-voucher", "TESTING_CERTIFICATION"), 404,
				"NOT_FOUND");
		assertProblem(api.post("/api/v1/contracts", enterprise.token(), Api.obj("institutionId", "no-such-institution",
				"voucherId", voucher, "title", "x", "category", "TESTING_CERTIFICATION", "amount", "1.00", "signedOn",
				"2026-03-02")), 404, "NOT_FOUND");
		assertProblem(api.post("/api/v1/contracts", w.reviewer, Api.obj("institutionId", institution.id(), "voucherId",
				voucher, "title", "x", "category", "TESTING_CERTIFICATION", "amount", "1.00", "signedOn",
				"2026-03-02")), 403, "FORBIDDEN");
		assertInvalid(api.post("/api/v1/contracts", enterprise.token(), Api.obj("institutionId", institution.id(),
				"voucherId", voucher, "title", "x", "category", "TESTING_CERTIFICATION", "amount", "0.00", "signedOn",
				"2026-03-02")), "amount");
		assertInvalid(api.post("/api/v1/contracts", enterprise.token(), Api.obj("institutionId", institution.id(),
				"voucherId", voucher, "title", "x", "amount", "1.00", "signedOn", "2026-03-02")), "category");
		assertInvalid(api.post("/api/v1/contracts", enterprise.token(), Api.obj("institutionId", institution.id(),
				"voucherId", voucher, "title", "x", "category", "TESTING_CERTIFICATION", "amount", "1.00", "signedOn",
				"2027-03-02")), "signedOn");
		assertInvalid(api.post("/api/v1/contracts", enterprise.token(), Api.obj("institutionId", institution.id(),
				"voucherId", voucher, "title", "x", "category", "TESTING_CERTIFICATION", "amount", "1.00", "signedOn",
				"02/03/2026")), "signedOn");
		// after its validity a voucher is not spent any more
		w.setClock("2027-01-04T09:00:00+08:00");
		assertProblem(propose(w, enterprise, institution, voucher, "TESTING_CERTIFICATION"), 409, "VOUCHER_EXPIRED");
	}

	@Test
	void eitherPartyClosesASignedContract() {
		World w = world();
		String program = w.program("1000000.00");
		Party enterprise = w.enterprise();
		Party institution = w.institution();
		String voucher = w.voucher(enterprise, program, "50000.00");
		String done = w.signedContract(enterprise, institution, voucher, "10000.00");
		String path = "/api/v1/contracts/" + done + "/closing";
		assertProblem(api.post(path, w.enterprise().token(), Api.obj("outcome", "COMPLETED")), 404, "NOT_FOUND");
		assertProblem(api.post(path, w.reviewer, Api.obj("outcome", "COMPLETED")), 403, "FORBIDDEN");
		assertInvalid(api.post(path, institution.token(), Api.obj("outcome", "SIGNED")), "outcome");
		assertProblem(api.post(path, institution.token(), Api.obj("outcome", "PARTY")), 400, "VALIDATION_FAILED");
		Response completed = api.post(path, institution.token(), Api.obj("outcome", "COMPLETED", "reason", "delivered"));
		assertThat(completed.status()).isEqualTo(200);
		assertThat(completed.text("status")).isEqualTo("COMPLETED");
		assertProblem(api.post(path, enterprise.token(), Api.obj("outcome", "TERMINATED")), 409, "INVALID_STATE");
		// a completed contract is still claimed for
		assertThat(w.claim(enterprise, done, "10000.00").status()).isEqualTo(201);

		String cancelled = w.signedContract(enterprise, institution, voucher, "10000.00");
		Response terminated = api.post("/api/v1/contracts/" + cancelled + "/closing", enterprise.token(),
				Api.obj("outcome", "TERMINATED", "reason", "no longer needed"));
		assertThat(terminated.text("status")).isEqualTo("TERMINATED");
		assertProblem(w.claim(enterprise, cancelled, "10000.00"), 409, "INVALID_STATE");
	}

	@Test
	void aSuspendedInstitutionNeitherSignsNorShowsInTheCatalog() {
		World w = world();
		String program = w.program("1000000.00");
		Party enterprise = w.enterprise();
		Party institution = w.institution();
		String voucher = w.voucher(enterprise, program, "50000.00");
		String proposed = w.proposeContract(enterprise, institution, voucher, "10000.00").text("id");
		Response suspended = api.post("/api/v1/institutions/" + institution.id() + "/recognition", w.operator,
				Api.obj("decision", "SUSPEND", "reason", "complaints"));
		assertThat(suspended.text("status")).isEqualTo("SUSPENDED");
		assertProblem(api.post("/api/v1/contracts/" + proposed + "/acceptance", institution.token(),
				Api.obj("accept", true)), 409, "INSTITUTION_NOT_RECOGNISED");
		assertProblem(w.proposeContract(enterprise, institution, voucher, "10000.00"), 409,
				"INSTITUTION_NOT_RECOGNISED");
		assertProblem(api.get("/api/v1/institutions/" + institution.id(), null), 404, "NOT_FOUND");
		Response reinstated = api.post("/api/v1/institutions/" + institution.id() + "/recognition", w.operator,
				Api.obj("decision", "REINSTATE", "reason", "resolved"));
		assertThat(reinstated.text("status")).isEqualTo("RECOGNISED");
		assertThat(api.post("/api/v1/contracts/" + proposed + "/acceptance", institution.token(),
				Api.obj("accept", true)).text("status")).isEqualTo("SIGNED");
	}

	@Test
	void anInstitutionMayDeclareTheRelationItself() {
		World w = world();
		String program = w.program("1000000.00");
		Party enterprise = w.enterprise();
		String username = TestData.username("inst");
		Map<String, Object> body = w.institutionBody(username, TestData.uscc(World.TAIYUAN), World.TAIYUAN,
				List.of("TESTING_CERTIFICATION"));
		@SuppressWarnings("unchecked")
		Map<String, Object> details = (Map<String, Object>) body.get("institution");
		details.put("relatedParties", List.of(enterprise.uscc()));
		Response registered = api.post("/api/v1/registrations/institutions", null, body);
		assertThat(registered.status()).isEqualTo(201);
		Party institution = new Party(registered.text("institutionId"), registered.text("userId"), username,
				World.login(api, username, World.PASSWORD), null);
		assertThat(api.post("/api/v1/institutions/" + institution.id() + "/recognition", w.operator,
				Api.obj("decision", "APPROVE", "reason", "ok")).status()).isEqualTo(200);
		String voucher = w.voucher(enterprise, program, "50000.00");
		assertProblem(propose(w, enterprise, institution, voucher, "TESTING_CERTIFICATION"), 409, "RELATED_PARTY");
	}
}
