package org.innovoucher.portal;

import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The answers of a registration (an enterprise's or an institution's) while the person goes through
 * its pages, kept in the session until it is sent (ui.md: one small group of questions per page, then
 * check your answers). What both registrations ask is here; each adds its own answers. Each page's
 * answers are kept once they pass that page's checks, and the page is then marked answered.
 * <p>
 * The password waits here too: only on the server (sessions are not written to disk), never sent
 * back to a page, and gone with the draft once the registration is sent.
 */
public abstract class RegistrationDraft implements Serializable {

	private final Set<String> answered = new HashSet<>();
	private String uscc;
	private String name;
	private String regionCode;
	private List<String> relatedParties = List.of();
	private String username;
	private String password;
	private String email;

	public boolean isAnswered(String step) {
		return answered.contains(step);
	}

	void answered(String step) {
		answered.add(step);
	}

	public String getUscc() {
		return uscc;
	}

	public void setUscc(String uscc) {
		this.uscc = uscc;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getRegionCode() {
		return regionCode;
	}

	void setRegionCode(String regionCode) {
		this.regionCode = regionCode;
	}

	/** The codes of the related enterprises and institutions, as checked: trimmed, capitals, each once. */
	public List<String> getRelatedParties() {
		return relatedParties;
	}

	void setRelatedParties(List<String> relatedParties) {
		this.relatedParties = List.copyOf(relatedParties);
	}

	public String getUsername() {
		return username;
	}

	void setUsername(String username) {
		this.username = username;
	}

	/** For the service that registers; a page shows only {@link #hasPassword}. */
	public String password() {
		return password;
	}

	public boolean hasPassword() {
		return password != null;
	}

	void setPassword(String password) {
		this.password = password;
	}

	public String getEmail() {
		return email;
	}

	void setEmail(String email) {
		this.email = email;
	}
}
