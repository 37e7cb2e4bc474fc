package org.innovoucher.shared;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Who is calling: read from the bearer token of the current request. Staff act within their region
 * (a null region is the whole country); enterprise and institution users act for their own party.
 */
public record CurrentUser(String id, String username, Set<Role> roles, String regionCode, String enterpriseId,
		String institutionId) {

	public static final String SYSTEM = "system";

	public static Optional<CurrentUser> current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof Jwt jwt)) {
			return Optional.empty();
		}
		Set<Role> roles = EnumSet.noneOf(Role.class);
		List<String> claimed = jwt.getClaimAsStringList("roles");
		if (claimed != null) {
			claimed.forEach(r -> roles.add(Role.valueOf(r)));
		}
		return Optional.of(new CurrentUser(jwt.getSubject(), jwt.getClaimAsString("username"), roles,
				jwt.getClaimAsString("region"), jwt.getClaimAsString("enterpriseId"),
				jwt.getClaimAsString("institutionId")));
	}

	public static CurrentUser require() {
		return current().orElseThrow(() -> new DomainException(ErrorCode.UNAUTHENTICATED, "authentication required"));
	}

	/** The name audit records carry: the username, or "system" for scheduled work. */
	public static String actorName() {
		return current().map(CurrentUser::username).orElse(SYSTEM);
	}

	/**
	 * Runs work as this user outside a request (demo data, replays): the same claims a bearer token of
	 * this user carries, so permission checks, the audit trail and notifications name who acted.
	 */
	public <T> T runAs(Supplier<T> work) {
		Jwt.Builder token = Jwt.withTokenValue("internal")
			.header("alg", "none")
			.subject(id)
			.claim("username", username)
			.claim("roles", roles.stream().map(Role::name).toList());
		if (regionCode != null) {
			token.claim("region", regionCode);
		}
		if (enterpriseId != null) {
			token.claim("enterpriseId", enterpriseId);
		}
		if (institutionId != null) {
			token.claim("institutionId", institutionId);
		}
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(new JwtAuthenticationToken(token.build()));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	/** The enterprise this user belongs to, typed for the other modules' APIs; null for everyone else. */
	public EnterpriseId enterprise() {
		return Ids.optional(enterpriseId, EnterpriseId::of);
	}

	/** The institution this user belongs to; null for everyone else. */
	public InstitutionId institution() {
		return Ids.optional(institutionId, InstitutionId::of);
	}

	/** The staff member's region; null where the account names none (the whole country). */
	public RegionCode region() {
		return Ids.optional(regionCode, RegionCode::of);
	}

	public boolean has(Role role) {
		return roles.contains(role);
	}

	public boolean hasAny(Role... any) {
		for (Role role : any) {
			if (roles.contains(role)) {
				return true;
			}
		}
		return false;
	}

	public boolean isStaff() {
		return roles.stream().anyMatch(Role::isStaff);
	}

	/** Staff whose region covers {@code code}. */
	public boolean isStaffCovering(String code, Regions regions) {
		return isStaff() && regions.isWithin(code, regionCode);
	}

	/**
	 * The one staff-of-region check: this user holds {@code role} and their region covers the region
	 * {@code code} (a national user covers all). Otherwise a 403 naming what is missing: the role
	 * first, then the region. Use it wherever staff act on a file of a region; where a file outside
	 * the region must not even be seen, check {@link #isStaffCovering} and answer 404 instead.
	 */
	public void requireStaffCovering(Role role, String code, Regions regions) {
		if (!has(role)) {
			throw DomainException.forbidden("requires role " + role);
		}
		if (!regions.isWithin(code, regionCode)) {
			throw DomainException.forbidden("region " + code + " is outside your region " + regionCode);
		}
	}

	/** Kept for callers; prefer {@link #requireStaffCovering}. */
	public void requireStaff(Role role, String code, Regions regions) {
		requireStaffCovering(role, code, regions);
	}
}
