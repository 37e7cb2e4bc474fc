package org.innovoucher.shared;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs scheduled work as the system, even when a request (say, a clock move) triggered it. */
public final class SystemWork {

	private SystemWork() {
	}

	public static void run(Runnable work) {
		SecurityContext caller = SecurityContextHolder.getContext();
		SecurityContextHolder.clearContext();
		try {
			work.run();
		}
		finally {
			SecurityContextHolder.setContext(caller);
		}
	}
}
