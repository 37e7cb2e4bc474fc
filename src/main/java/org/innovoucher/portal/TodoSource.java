package org.innovoucher.portal;

import java.util.List;

import org.innovoucher.shared.CurrentUser;

/**
 * Where a module puts what its people must act on: the workspace lists the to-dos of every source,
 * most urgent first. A module implements it as a bean in its {@code web} package; the portal knows
 * none of them.
 */
public interface TodoSource {

	List<Todo> todosFor(CurrentUser user);
}
