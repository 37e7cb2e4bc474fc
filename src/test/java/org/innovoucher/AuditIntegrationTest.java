package org.innovoucher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.innovoucher.support.Api.Response;
import org.innovoucher.support.IntegrationTestBase;
import org.innovoucher.support.Tampering;
import org.innovoucher.support.World;
import org.innovoucher.support.World.Party;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The audit trail is a hash chain: every change is in it, and any edit of it is found. */
class AuditIntegrationTest extends IntegrationTestBase {

	@Autowired
	JdbcClient jdbc;

	@Test
	void recordsWhoChangedWhatFromWhichStateToWhichAndWhy() {
		World w = world();
		Party institution = w.pendingInstitution(World.TAIYUAN, List.of("TESTING_CERTIFICATION"));
		api.post("/api/v1/institutions/" + institution.id() + "/recognition", w.operator,
				org.innovoucher.support.Api.obj("decision", "REJECT", "reason", "no CMA certificate"));

		Response entries = api.get("/api/v1/audit?entityType=INSTITUTION&entityId=" + institution.id(), w.supervisor);
		assertThat(entries.status()).isEqualTo(200);
		assertThat(entries.body().get("total").asLong()).isEqualTo(2);
		var registration = entries.body().get("items").get(0);
		assertThat(registration.get("action").asText()).isEqualTo("INSTITUTION_REGISTERED");
		// registration is open to anyone: the registrant is recorded as who acted
		assertThat(registration.get("actor").asText()).isEqualTo(institution.username());
		var rejection = entries.body().get("items").get(1);
		assertThat(rejection.get("action").asText()).isEqualTo("INSTITUTION_REJECTED");
		assertThat(rejection.get("from").asText()).isEqualTo("PENDING_RECOGNITION");
		assertThat(rejection.get("to").asText()).isEqualTo("REJECTED");
		assertThat(rejection.get("reason").asText()).isEqualTo("no CMA certificate");
		assertThat(rejection.get("actor").asText()).startsWith("operator-");
		assertThat(rejection.get("hash").asText()).hasSize(64);
		assertThat(rejection.get("at").asText()).endsWith("+08:00");
	}

	@Test
	void findsTheFirstEntryThatWasTamperedWith() {
		World w = world();
		Party enterprise = w.enterprise();
		Response before = api.get("/api/v1/audit/verification", w.admin);
		assertThat(before.body().get("valid").asBoolean()).isTrue();
		long entries = before.body().get("entries").asLong();
		assertThat(entries).isPositive();

		long seq = jdbc.sql("select max(seq) from audit_entry where entity_id = :id").param("id", enterprise.id())
			.query(Long.class).single();
		String original = jdbc.sql("select reason from audit_entry where seq = :seq").param("seq", seq)
			.query(String.class).single();
		// the append-only trigger refuses the edit, so the attacker lifts it first
		Tampering.asDatabaseAdministrator(jdbc, () -> {
			try {
				jdbc.sql("update audit_entry set reason = 'nothing to see here' where seq = :seq").param("seq", seq).update();
				Response after = api.get("/api/v1/audit/verification", w.supervisor);
				assertThat(after.status()).isEqualTo(200);
				assertThat(after.body().get("valid").asBoolean()).isFalse();
				assertThat(after.body().get("firstBrokenEntry").get("seq").asLong()).isEqualTo(seq);
			}
			finally {
				jdbc.sql("update audit_entry set reason = :reason where seq = :seq").param("reason", original)
					.param("seq", seq).update();
			}
		});
		assertThat(api.get("/api/v1/audit/verification", w.admin).body().get("valid").asBoolean()).isTrue();
	}

	@Test
	void verificationIsForAdministratorsAndSupervisorsOnly() {
		World w = world();
		assertThat(api.get("/api/v1/audit/verification", w.operator).status()).isEqualTo(403);
		assertThat(api.get("/api/v1/audit/verification", null).status()).isEqualTo(401);
		assertThat(api.get("/api/v1/audit", w.enterprise().token()).status()).isEqualTo(403);
	}

	private Response entriesOf(String token, String entityType, String entityId) {
		Response entries = api.get("/api/v1/audit?entityType=" + entityType + "&entityId=" + entityId, token);
		assertThat(entries.status()).isEqualTo(200);
		return entries;
	}

	@Test
	void aReviewerReadsOnlyTheAuditTrailOfFilesInTheirRegion() {
		World w = world();
		String program = w.program("1000000.00");
		w.budget(program, World.DATONG, "1000000.00");
		Party taiyuan = w.enterprise();
		Party datong = w.enterprise(World.DATONG, "SMALL");
		Response applied = w.apply(datong, program, "50000.00");
		assertThat(applied.status()).as("apply %s", applied).isEqualTo(201);

		assertThat(entriesOf(w.reviewer, "ENTERPRISE", datong.id()).body().get("total").asLong()).isZero();
		assertThat(entriesOf(w.reviewer, "VOUCHER_APPLICATION", applied.text("id")).body().get("total").asLong()).isZero();
		Response own = entriesOf(w.reviewer, "ENTERPRISE", taiyuan.id());
		assertThat(own.body().get("total").asLong()).isEqualTo(1);
		assertThat(own.body().at("/items/0/regionCode").asText()).isEqualTo(World.XIAODIAN);

		assertThat(entriesOf(w.datongReviewer, "ENTERPRISE", taiyuan.id()).body().get("total").asLong()).isZero();
		assertThat(entriesOf(w.datongReviewer, "ENTERPRISE", datong.id()).body().get("total").asLong()).isEqualTo(1);
		assertThat(entriesOf(w.datongReviewer, "VOUCHER_APPLICATION", applied.text("id")).body().get("total").asLong())
			.isEqualTo(1);

		// the province covers both cities
		assertThat(entriesOf(w.supervisor, "ENTERPRISE", datong.id()).body().get("total").asLong()).isEqualTo(1);
		assertThat(entriesOf(w.supervisor, "ENTERPRISE", taiyuan.id()).body().get("total").asLong()).isEqualTo(1);

		// an unfiltered page shows a city reviewer nothing from elsewhere, nor records without a region
		Response page = api.get("/api/v1/audit?size=100", w.reviewer);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body().get("items")).isNotEmpty()
			.allSatisfy(entry -> assertThat(entry.get("regionCode").asText()).startsWith("1401"));
	}

	@Test
	void accountsAreInTheirRegionAndTheNationalAdministratorsIsForStaffOfTheCountryOnly() {
		World w = world();
		Party enterprise = w.enterprise();
		assertThat(entriesOf(w.reviewer, "USER", enterprise.userId()).body().get("total").asLong()).isEqualTo(1);
		assertThat(entriesOf(w.datongReviewer, "USER", enterprise.userId()).body().get("total").asLong()).isZero();
		// the first administrator's account names the country (000000): no province's staff read it
		String admin = jdbc.sql("select id from app_user where username = 'admin'").query(String.class).single();
		assertThat(entriesOf(w.reviewer, "USER", admin).body().get("total").asLong()).isZero();
		assertThat(entriesOf(w.supervisor, "USER", admin).body().get("total").asLong()).isZero();
		Response national = entriesOf(w.admin, "USER", admin);
		assertThat(national.body().get("total").asLong()).isEqualTo(1);
		assertThat(national.body().at("/items/0/regionCode").asText()).isEqualTo("000000");
	}
}
