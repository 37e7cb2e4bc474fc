package org.innovoucher.shared;

/** Too many attempts: refused until {@link #retryAfterSeconds()} have passed (the answer's {@code Retry-After}). */
public class TooManyRequestsException extends DomainException {

	private final long retryAfterSeconds;

	public TooManyRequestsException(String detail, long retryAfterSeconds) {
		super(ErrorCode.TOO_MANY_REQUESTS, detail + "; try again in " + retryAfterSeconds + " s");
		this.retryAfterSeconds = retryAfterSeconds;
	}

	public long retryAfterSeconds() {
		return retryAfterSeconds;
	}
}
