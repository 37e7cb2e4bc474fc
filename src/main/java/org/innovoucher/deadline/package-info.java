/**
 * Every deadline tracked: the steps of every module's files that ran past their due date (each module
 * lists its own through {@link org.innovoucher.shared.DeadlineSource}), the overdue list staff read,
 * and the escalation of each missed step, once, to the supervisors of the file's region.
 */
package org.innovoucher.deadline;
