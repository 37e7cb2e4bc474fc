package org.innovoucher.expert;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.innovoucher.identity.Accounts;
import org.innovoucher.identity.UserAccount;
import org.innovoucher.shared.BusinessClock;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.Ids;
import org.innovoucher.shared.Regions;
import org.innovoucher.shared.Role;
import org.innovoucher.shared.ServiceCategory;
import org.innovoucher.shared.Uscc;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The expert pool: the operator registers experts; each expert keeps their availability and conflicts. */
@Service
public class Experts {

	/** What registering an expert needs; the account is made with role EXPERT. */
	public record NewExpert(String username, String password, String email, String name, Set<ServiceCategory> fields,
			String affiliationUscc, String regionCode) {
	}

	/** An expert with how many seats they hold on panels still scoring. */
	public record PooledExpert(Expert expert, long openAssignments) {
	}

	private final ExpertRepository experts;
	private final ConflictRepository conflicts;
	private final AssignmentRepository assignments;
	private final Accounts accounts;
	private final Regions regions;
	private final BusinessClock clock;

	Experts(ExpertRepository experts, ConflictRepository conflicts, AssignmentRepository assignments, Accounts accounts,
			Regions regions, BusinessClock clock) {
		this.experts = experts;
		this.conflicts = conflicts;
		this.assignments = assignments;
		this.accounts = accounts;
		this.regions = regions;
		this.clock = clock;
	}

	@Transactional
	public Expert register(NewExpert request, CurrentUser operator) {
		// the form's own mistakes first, beside their fields; then whether this operator may register there
		if (request.name() == null || request.name().isBlank()) {
			throw DomainException.invalid("name", "is required");
		}
		if (request.fields() == null || request.fields().isEmpty()) {
			throw DomainException.invalid("fields", "at least one field of expertise");
		}
		if (request.regionCode() == null || request.regionCode().isBlank()) {
			throw DomainException.invalid("regionCode", "is required");
		}
		regions.require(request.regionCode(), "regionCode");
		operator.requireStaffCovering(Role.OPERATOR, request.regionCode(), regions);
		String affiliation = request.affiliationUscc() == null || request.affiliationUscc().isBlank() ? null
				: Uscc.of(request.affiliationUscc().trim()).value();
		UserAccount account = accounts.create(new Accounts.NewAccount(request.username(), request.password(),
				request.email(), Set.of(Role.EXPERT), request.regionCode(), null, null));
		return experts.save(Expert.register(Ids.newId(), account.getId(), request.name().trim(), request.fields(),
				affiliation, request.regionCode(), clock.now()));
	}

	/** The pool the signed-in operator or reviewer sees: their region's experts, with their load. */
	@Transactional(readOnly = true)
	public List<PooledExpert> pool(ServiceCategory field, String regionCode, CurrentUser user) {
		if (!user.hasAny(Role.OPERATOR, Role.BUREAU_REVIEWER)) {
			throw DomainException.forbidden("requires role OPERATOR or BUREAU_REVIEWER");
		}
		Map<String, Long> open = openCounts();
		return experts.findAllByOrderByName()
			.stream()
			.filter(e -> regions.isWithin(e.getRegionCode(), user.regionCode()))
			.filter(e -> field == null || e.getFields().contains(field))
			.filter(e -> regionCode == null || regions.isWithin(e.getRegionCode(), regionCode))
			.map(e -> new PooledExpert(e, open.getOrDefault(e.getId(), 0L)))
			.toList();
	}

	/** The signed-in person's own expert record, if they are one. */
	@Transactional(readOnly = true)
	public Optional<Expert> me(CurrentUser user) {
		return user.has(Role.EXPERT) ? experts.findByUserId(user.id()) : Optional.empty();
	}

	@Transactional(readOnly = true)
	public Expert get(String expertId) {
		return experts.findById(expertId).orElseThrow(() -> DomainException.notFound("expert", expertId));
	}

	/** The expert marks themselves available for new panels, or not. */
	@Transactional
	public Expert markAvailable(String expertId, boolean available, CurrentUser user) {
		Expert expert = own(expertId, user);
		expert.markAvailable(available);
		return experts.save(expert);
	}

	/** The expert declares they must not judge the party {@code uscc}: they are never drawn for its files. */
	@Transactional
	public ExpertConflict declareConflict(String expertId, String uscc, String reason, CurrentUser user) {
		Expert expert = own(expertId, user);
		if (reason == null || reason.isBlank()) {
			throw DomainException.invalid("reason", "is required");
		}
		if (uscc == null || uscc.isBlank()) {
			throw DomainException.invalid("uscc", "is required");
		}
		String code = Uscc.of(uscc.trim()).value();
		ExpertConflict conflict = expert.declareConflict(Ids.newId(), code, reason.trim(), clock.today());
		experts.save(expert);
		return conflicts.save(conflict);
	}

	@Transactional(readOnly = true)
	public List<ExpertConflict> conflictsOf(String expertId, CurrentUser user) {
		return conflicts.findByExpertIdOrderByDeclaredOn(own(expertId, user).getId());
	}

	private Expert own(String expertId, CurrentUser user) {
		Expert expert = get(expertId);
		if (!expert.getUserId().equals(user.id())) {
			throw DomainException.forbidden("only the expert themselves may do this");
		}
		return expert;
	}

	Map<String, Long> openCounts() {
		Map<String, Long> open = new HashMap<>();
		for (Object[] row : assignments.openCounts()) {
			open.put((String) row[0], ((Number) row[1]).longValue());
		}
		return open;
	}
}
