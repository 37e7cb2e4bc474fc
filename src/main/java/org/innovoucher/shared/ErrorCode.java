package org.innovoucher.shared;

import org.springframework.http.HttpStatus;

/** The stable, machine-readable error codes of the HTTP contract, each with its status. */
public enum ErrorCode {

	VALIDATION_FAILED(HttpStatus.BAD_REQUEST, "Invalid input"),
	INVALID_USCC(HttpStatus.BAD_REQUEST, "Invalid unified social credit code"),
	DUPLICATE_USCC(HttpStatus.CONFLICT, "Unified social credit code already registered"),
	/** A team led by this person is registered already (teams have no USCC; their leader's number stands in). */
	DUPLICATE_TEAM(HttpStatus.CONFLICT, "Team already registered"),
	USERNAME_TAKEN(HttpStatus.CONFLICT, "Username taken"),
	NOT_ELIGIBLE(HttpStatus.CONFLICT, "Not eligible"),
	ENTERPRISE_BANNED(HttpStatus.CONFLICT, "Enterprise banned"),
	APPLICATION_WINDOW_CLOSED(HttpStatus.CONFLICT, "Application window closed"),
	DUPLICATE_APPLICATION(HttpStatus.CONFLICT, "Duplicate application"),
	INVALID_DENOMINATION(HttpStatus.BAD_REQUEST, "Invalid denomination"),
	BUDGET_EXHAUSTED(HttpStatus.CONFLICT, "Budget exhausted"),
	INVALID_STATE(HttpStatus.CONFLICT, "Operation not allowed in the current status"),
	INSTITUTION_NOT_RECOGNISED(HttpStatus.CONFLICT, "Institution not recognised"),
	CATEGORY_NOT_COVERED(HttpStatus.CONFLICT, "Service category not covered"),
	INSTITUTION_REGION_NOT_ACCEPTED(HttpStatus.CONFLICT, "Institution region not accepted"),
	RELATED_PARTY(HttpStatus.CONFLICT, "Related parties"),
	VOUCHER_NOT_ACTIVE(HttpStatus.CONFLICT, "Voucher not active"),
	VOUCHER_EXPIRED(HttpStatus.CONFLICT, "Voucher expired"),
	VOUCHER_BALANCE_EXCEEDED(HttpStatus.CONFLICT, "Voucher balance exceeded"),
	ANNUAL_CAP_EXCEEDED(HttpStatus.CONFLICT, "Annual cap per enterprise exceeded"),
	EVIDENCE_MISSING(HttpStatus.CONFLICT, "Evidence missing"),
	FILE_REJECTED(HttpStatus.BAD_REQUEST, "File rejected"),
	AMOUNT_ABOVE_PAYABLE(HttpStatus.CONFLICT, "Amount above payable"),
	NOTICE_PERIOD_NOT_OVER(HttpStatus.CONFLICT, "Public notice period not over"),
	IDEMPOTENCY_KEY_REUSED(HttpStatus.CONFLICT, "Idempotency key reused with a different request"),
	PAYLOAD_TOO_LARGE(HttpStatus.PAYLOAD_TOO_LARGE, "Request body too large"),
	TOO_MANY_REQUESTS(HttpStatus.TOO_MANY_REQUESTS, "Too many requests"),
	DUPLICATE_REFERENCE(HttpStatus.CONFLICT, "Bank reference already recorded"),
	SEPARATION_OF_DUTIES(HttpStatus.CONFLICT, "Separation of duties"),
	NOT_ENOUGH_EXPERTS(HttpStatus.CONFLICT, "Not enough conflict-free experts"),
	CONFLICT_OF_INTEREST(HttpStatus.CONFLICT, "Conflict of interest"),
	ACCOUNT_DISABLED(HttpStatus.UNAUTHORIZED, "Account disabled"),
	OBJECTIONS_PENDING(HttpStatus.CONFLICT, "Objections pending"),
	/** A payment run's payee has not named the bank account it is paid to. */
	BANK_ACCOUNT_MISSING(HttpStatus.CONFLICT, "Payee bank account missing"),
	UNAUTHENTICATED(HttpStatus.UNAUTHORIZED, "Authentication required"),
	FORBIDDEN(HttpStatus.FORBIDDEN, "Forbidden"),
	NOT_FOUND(HttpStatus.NOT_FOUND, "Not found");

	private final HttpStatus status;
	private final String title;

	ErrorCode(HttpStatus status, String title) {
		this.status = status;
		this.title = title;
	}

	public HttpStatus status() {
		return status;
	}

	public String title() {
		return title;
	}
}
