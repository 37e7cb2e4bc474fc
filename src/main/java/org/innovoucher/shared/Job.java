package org.innovoucher.shared;

/** Scheduled work an administrator may also start by name (POST /api/v1/admin/jobs/{name}). */
public interface Job {

	String name();

	/** Runs the job as the system; returns how many items it handled. */
	int run();
}
