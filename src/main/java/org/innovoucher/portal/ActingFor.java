package org.innovoucher.portal;

import java.io.Serializable;
import java.util.Optional;

import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.EnterpriseId;
import org.innovoucher.shared.Role;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The enterprise whose work a page does. An enterprise user works for its own; an agency picks, on
 * {@value #CHOOSE_PAGE}, one of the enterprises that delegated to it, and the choice stays for the
 * session with its name on every page (the layout's {@code actingFor}). The choice is only a
 * convenience: the services check the delegation on every call, so a revoked one refuses at once.
 */
@Component
public class ActingFor {

	/** Where an agency picks the enterprise; pages that need one send it there. */
	public static final String CHOOSE_PAGE = "/workspace/acting-for";

	private static final String SESSION_KEY = ActingFor.class.getName();

	/**
	 * What {@value #CHOOSE_PAGE} is told, in flash attributes, when a page sent the agency there:
	 * that it must choose first, the name of an enterprise that stopped its delegation, and the
	 * address to go on to once it has chosen.
	 */
	public static final String FIRST = "actingForFirst", ENDED = "actingForEnded", NEXT = "next";

	/** The enterprise an agency chose, with the name it is shown by. */
	public record Chosen(EnterpriseId id, String name) implements Serializable {
	}

	/** An agency opened a page that works for an enterprise before choosing one. */
	public static class NotChosen extends RuntimeException {

		NotChosen() {
			super("an agency chooses the enterprise it acts for first", null, false, false);
		}
	}

	/**
	 * The enterprise this user's page works for: its own for an enterprise user, the chosen one for
	 * an agency ({@link NotChosen} when none is, which sends the agency to {@value #CHOOSE_PAGE}), a
	 * 403 for everyone else.
	 */
	public EnterpriseId enterprise(CurrentUser user) {
		if (user.has(Role.ENTERPRISE) && user.enterprise() != null) {
			return user.enterprise();
		}
		if (user.has(Role.AGENCY)) {
			return chosen().map(Chosen::id).orElseThrow(NotChosen::new);
		}
		throw DomainException.forbidden("only an enterprise or its agency works here");
	}

	/** Whether this user works for an enterprise in the portal (enterprise users and agencies). */
	public boolean worksForEnterprise(CurrentUser user) {
		return (user.has(Role.ENTERPRISE) && user.enterprise() != null) || user.has(Role.AGENCY);
	}

	/** The agency's choice in this session, if any. */
	public Optional<Chosen> chosen() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (attributes == null) {
			return Optional.empty();
		}
		return Optional.ofNullable((Chosen) attributes.getAttribute(SESSION_KEY, RequestAttributes.SCOPE_SESSION));
	}

	/** Remembers the agency's choice for the session; the caller has checked the delegation. */
	public void choose(EnterpriseId id, String name) {
		RequestContextHolder.currentRequestAttributes()
			.setAttribute(SESSION_KEY, new Chosen(id, name), RequestAttributes.SCOPE_SESSION);
	}

	/** Forgets the choice, e.g. when the delegation behind it is gone. */
	public void forget() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (attributes != null) {
			attributes.removeAttribute(SESSION_KEY, RequestAttributes.SCOPE_SESSION);
		}
	}
}
