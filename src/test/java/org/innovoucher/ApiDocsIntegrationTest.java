package org.innovoucher;

import static org.assertj.core.api.Assertions.assertThat;

import org.innovoucher.support.Api.Response;
import org.innovoucher.support.IntegrationTestBase;
import org.junit.jupiter.api.Test;

/** The whole API is published as OpenAPI, with a browsable UI. */
class ApiDocsIntegrationTest extends IntegrationTestBase {

	@Test
	void publishesEveryPathOfTheContract() {
		Response docs = api.get("/v3/api-docs", null);
		assertThat(docs.status()).isEqualTo(200);
		assertThat(docs.body().get("paths").fieldNames()).toIterable()
			.contains("/api/v1/auth/token", "/api/v1/regions", "/api/v1/admin/users", "/api/v1/admin/calendar",
					"/api/v1/registrations/enterprises", "/api/v1/registrations/institutions", "/api/v1/enterprises/{id}",
					"/api/v1/institutions/{id}", "/api/v1/institutions/{id}/recognition",
					"/api/v1/institutions/{id}/services", "/api/v1/services", "/api/v1/programs",
					"/api/v1/programs/{id}/budgets", "/api/v1/programs/{id}/publish", "/api/v1/programs/{id}",
					"/api/v1/programs/{id}/ledger", "/api/v1/voucher-applications", "/api/v1/voucher-applications/{id}",
					"/api/v1/voucher-applications/{id}/decision", "/api/v1/vouchers/{id}", "/api/v1/contracts",
					"/api/v1/contracts/{id}/acceptance", "/api/v1/redemptions", "/api/v1/redemptions/{id}/attachments",
					"/api/v1/redemptions/{id}/submit", "/api/v1/redemptions/{id}/confirmation",
					"/api/v1/redemptions/{id}/decision", "/api/v1/redemptions/{id}", "/api/v1/public-notices",
					"/api/v1/public/notices", "/api/v1/public/notices/{id}", "/api/v1/public/notices/{id}/objections",
					"/api/v1/objections/{id}/resolution", "/api/v1/public-notices/{id}/close",
					"/api/v1/redemptions/{id}/payment", "/api/v1/redemptions/{id}/clawback", "/api/v1/stats/programs/{id}",
					"/api/v1/public/stats", "/api/v1/audit", "/api/v1/audit/verification", "/api/v1/admin/clock",
					// added in December 2026
					"/api/v1/payment-runs", "/api/v1/payment-runs/{id}", "/api/v1/payment-runs/{id}/file",
					"/api/v1/payment-runs/{id}/release", "/api/v1/enterprises/{id}/bank-account",
					"/api/v1/institutions/{id}/bank-account");
		assertThat(docs.body().at("/components/securitySchemes/bearer/scheme").asText()).isEqualTo("bearer");
		assertThat(api.get("/swagger-ui/index.html", null).status()).isEqualTo(200);
	}
}
