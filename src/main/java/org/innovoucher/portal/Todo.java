package org.innovoucher.portal;

import java.time.LocalDate;

/**
 * One thing a signed-in person must act on, for the workspace's to-do list: what (a message key of
 * the bundles and its arguments), where to do it, and by when.
 *
 * @param workingDaysLeft working days until {@code due}; negative when overdue; null without a deadline
 */
public record Todo(String messageKey, Object[] arguments, String href, LocalDate due, Integer workingDaysLeft) {
}
