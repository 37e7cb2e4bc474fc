package org.innovoucher.shared;

import org.springframework.stereotype.Component;

/**
 * Registrations per client address, one count whichever way they come: the API's
 * {@code POST /registrations/*} and the portal's registration forms share it, so a form is no way
 * around the API's limit.
 */
@Component
public class RegistrationThrottle {

	private final Throttle throttle;

	RegistrationThrottle(ThrottleProperties properties, ThrottleTime time) {
		this.throttle = new Throttle("registrations from this address", properties.registrationsPerAddress(), time,
				properties.maxKeys());
	}

	/** Uses one attempt of {@code address}; {@link TooManyRequestsException} when none is left. */
	public void consume(String address) {
		throttle.consume(address);
	}
}
