package org.innovoucher.shared.web;

import java.util.List;

import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The requests that move money, and only those, honour an {@code Idempotency-Key}: a client that
 * lost the answer to one of these must be able to repeat it without moving the money twice. Every
 * other request is either safe to repeat or refused on repeat by its own state checks, and is not
 * worth a database round trip and a buffered body. The one list; add a path here when an operation
 * that moves money (posts to the ledger, issues or binds a voucher, pays or recovers) is added.
 */
final class MoneyMovingPaths {

	static final List<String> PATTERNS = List.of(
			// the payment of a claim, one at a time or as a run, and money paid back after a clawback
			"/api/v1/redemptions/{id}/payment",
			"/api/v1/payment-runs",
			"/api/v1/payment-runs/{id}/release",
			"/api/v1/redemptions/{id}/recovery",
			"/api/v1/redemptions/{id}/clawback",
			// confirming a claim binds the voucher's money; the bureau's decision approves it for payment
			"/api/v1/redemptions/{id}/confirmation",
			"/api/v1/redemptions/{id}/decision",
			"/api/v1/redemptions/decisions",
			// an approved application issues a voucher and reserves its face value
			"/api/v1/voucher-applications/{id}/decision",
			"/api/v1/voucher-applications/decisions",
			// a revocation releases a voucher's reserved balance; a budget posts to the ledger
			"/api/v1/vouchers/{id}/revocation",
			"/api/v1/programs/{id}/budgets");

	private static final List<PathPattern> PARSED = PATTERNS.stream().map(PathPatternParser.defaultInstance::parse).toList();

	private MoneyMovingPaths() {
	}

	static boolean matches(String requestUri) {
		PathContainer path = PathContainer.parsePath(requestUri);
		return PARSED.stream().anyMatch(p -> p.matches(path));
	}
}
