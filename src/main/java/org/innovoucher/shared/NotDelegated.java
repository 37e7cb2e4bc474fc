package org.innovoucher.shared;

/**
 * An agency acted for an enterprise that has not delegated to it, or has stopped the delegation.
 * The API answers the plain {@code FORBIDDEN}; a page tells the agency which enterprise stopped it
 * and lets it choose another, instead of an error page that blames its account.
 */
public class NotDelegated extends DomainException {

	private final EnterpriseId enterprise;

	public NotDelegated(EnterpriseId enterprise) {
		super(ErrorCode.FORBIDDEN, "enterprise " + enterprise + " does not (or no longer) let you act for it");
		this.enterprise = enterprise;
	}

	/** The enterprise the agency may not act for. */
	public EnterpriseId enterprise() {
		return enterprise;
	}
}
