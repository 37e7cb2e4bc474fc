package org.innovoucher.enterprise;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.innovoucher.identity.Accounts;
import org.innovoucher.identity.UserAccount;
import org.innovoucher.shared.BusinessClock;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.ErrorCode;
import org.innovoucher.shared.Ids;
import org.innovoucher.shared.Regions;
import org.innovoucher.shared.Role;
import org.innovoucher.shared.Uscc;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An enterprise or a team registers itself: its file and its first account. Open to anyone. */
@Service
public class EnterpriseRegistrations {

	/** What a registering enterprise tells about itself. */
	public record Registration(String username, String password, String email, String uscc, String name,
			String regionCode, SizeClass sizeClass, String industry, String techSmeNumber, String legalRepresentative,
			String contactPhone, List<String> relatedParties) {
	}

	public record Registered(String userId, String enterpriseId) {
	}

	/** What a registering team tells about itself: no USCC; its leader's identity and its members. */
	public record TeamRegistration(String username, String password, String email, String name, String regionCode,
			String industry, String leaderName, String leaderIdNumber, List<String> members, String contactPhone) {
	}

	/** The most members a team names: a team beyond this size is a firm that should register as one. */
	public static final int MAX_TEAM_MEMBERS = 30;

	private final EnterpriseRepository enterprises;
	private final Accounts accounts;
	private final Regions regions;
	private final BusinessClock clock;

	EnterpriseRegistrations(EnterpriseRepository enterprises, Accounts accounts, Regions regions, BusinessClock clock) {
		this.enterprises = enterprises;
		this.accounts = accounts;
		this.regions = regions;
		this.clock = clock;
	}

	/** Whether an enterprise with this code is registered already: a form says so on the page that asks for it. */
	@Transactional(readOnly = true)
	public boolean isRegistered(Uscc uscc) {
		return enterprises.existsByUscc(uscc.value());
	}

	@Transactional
	public Registered register(Registration r) {
		Uscc uscc = Uscc.of(r.uscc());
		regions.require(r.regionCode(), "enterprise.regionCode");
		List<String> related = new ArrayList<>();
		if (r.relatedParties() != null) {
			for (String party : r.relatedParties()) {
				related.add(Uscc.of(party).value());
			}
		}
		if (enterprises.existsByUscc(uscc.value())) {
			throw new DomainException(ErrorCode.DUPLICATE_USCC, "an enterprise with USCC " + uscc + " is registered already",
					List.of(new DomainException.FieldError("enterprise.uscc", "already registered")));
		}
		// registration is open to anyone: the registrant is who acted
		String registrant = CurrentUser.current().map(CurrentUser::username).orElse(r.username());
		Enterprise enterprise = Enterprise.register(Ids.newId(), uscc.value(), r.name().trim(), r.regionCode(),
				r.sizeClass(), r.industry().trim(), blankToNull(r.techSmeNumber()), r.legalRepresentative().trim(),
				r.contactPhone().trim(), related, clock.now(), registrant);
		UserAccount user = accounts.create(new Accounts.NewAccount(r.username(), r.password(), r.email(),
				EnumSet.of(Role.ENTERPRISE), r.regionCode(), enterprise.getId(), null));
		// saved after its account, so the trail reads as before: the account, then the enterprise
		enterprises.save(enterprise);
		return new Registered(user.getId(), enterprise.getId());
	}

	/** A team registers itself and its leader's account, where a program allows teams to apply. */
	@Transactional
	public Registered registerTeam(TeamRegistration r) {
		ResidentId leader = new ResidentId(r.leaderIdNumber());
		regions.require(r.regionCode(), "team.regionCode");
		List<String> members = r.members() == null ? List.of()
				: r.members().stream().filter(m -> m != null && !m.isBlank()).map(String::trim).distinct().toList();
		if (members.size() > MAX_TEAM_MEMBERS || members.stream().anyMatch(m -> m.length() > 100)) {
			throw DomainException.invalid("team.members", "at most " + MAX_TEAM_MEMBERS + " names of at most 100 characters");
		}
		if (enterprises.existsByLeaderIdNumber(leader.value())) {
			throw new DomainException(ErrorCode.DUPLICATE_TEAM, "a team led by " + leader.masked() + " is registered already",
					List.of(new DomainException.FieldError("team.leaderIdNumber", "already leads a registered team")));
		}
		String registrant = CurrentUser.current().map(CurrentUser::username).orElse(r.username());
		Enterprise team = Enterprise.registerTeam(Ids.newId(), r.name().trim(), r.regionCode(), r.industry().trim(),
				r.leaderName().trim(), leader, members, r.contactPhone().trim(), clock.now(), registrant);
		UserAccount user = accounts.create(new Accounts.NewAccount(r.username(), r.password(), r.email(),
				EnumSet.of(Role.ENTERPRISE), r.regionCode(), team.getId(), null));
		enterprises.save(team);
		return new Registered(user.getId(), team.getId());
	}

	/** Whether a team led by this person is registered already. */
	@Transactional(readOnly = true)
	public boolean isTeamRegistered(ResidentId leader) {
		return enterprises.existsByLeaderIdNumber(leader.value());
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}
}
