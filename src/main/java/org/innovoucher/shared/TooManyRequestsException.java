package org.innovoucher.shared;

/** Too many attempts: refused until {@link #retryAfterSeconds()} have passed (the answer's {@code Retry-After}). */
public class TooManyRequestsException extends DomainException {

	/**
	 * Where a throttled page's form finds its refusal (a request attribute): a page answers with its
	 * own message beside the form, not with a problem+json body.
	 */
	public static final String PAGE_REFUSAL = "org.innovoucher.shared.TooManyRequestsException.page";

	private final long retryAfterSeconds;

	public TooManyRequestsException(String detail, long retryAfterSeconds) {
		super(ErrorCode.TOO_MANY_REQUESTS, detail + "; try again in " + retryAfterSeconds + " s");
		this.retryAfterSeconds = retryAfterSeconds;
	}

	public long retryAfterSeconds() {
		return retryAfterSeconds;
	}
}
