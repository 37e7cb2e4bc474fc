package org.innovoucher.institution.web;

import java.util.ArrayList;
import java.util.List;

import org.innovoucher.institution.Institution;
import org.innovoucher.institution.InstitutionCatalog;
import org.innovoucher.institution.Institutions;
import org.innovoucher.portal.Todo;
import org.innovoucher.portal.TodoSource;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.InstitutionId;
import org.springframework.stereotype.Component;

/**
 * What an institution's people must act on about the institution itself: a recognition that is
 * pending, refused or suspended (read why and what next), and a catalog with nothing in it. None of
 * these has a deadline: the rules give the operator none, and a catalog is filled when the
 * institution is ready.
 */
@Component
class InstitutionTodos implements TodoSource {

	static final String STATUS_PAGE = "/workspace/institution";
	static final String NEW_SERVICE_PAGE = "/workspace/catalog/new";

	private final Institutions institutions;
	private final InstitutionCatalog catalog;

	InstitutionTodos(Institutions institutions, InstitutionCatalog catalog) {
		this.institutions = institutions;
		this.catalog = catalog;
	}

	@Override
	public List<Todo> todosFor(CurrentUser user) {
		InstitutionId mine = user.institution();
		if (mine == null) {
			return List.of();
		}
		Institution institution = institutions.get(mine);
		List<Todo> todos = new ArrayList<>();
		Object[] name = { institution.getName() };
		switch (institution.getStatus()) {
			case PENDING_RECOGNITION -> todos.add(new Todo("instws.todo.pending", name, STATUS_PAGE, null, null));
			case REJECTED -> todos.add(new Todo("instws.todo.rejected", name, STATUS_PAGE, null, null));
			case SUSPENDED -> todos.add(new Todo("instws.todo.suspended", name, STATUS_PAGE, null, null));
			case REVOKED, RECOGNISED -> {
			}
		}
		boolean mayOffer = institution.getStatus() == Institution.Status.RECOGNISED
				|| institution.getStatus() == Institution.Status.PENDING_RECOGNITION;
		if (mayOffer && catalog.offered(mine) == 0) {
			todos.add(new Todo("instws.todo.emptyCatalog", new Object[0], NEW_SERVICE_PAGE, null, null));
		}
		return todos;
	}
}
