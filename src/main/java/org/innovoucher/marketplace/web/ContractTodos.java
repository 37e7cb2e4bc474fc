package org.innovoucher.marketplace.web;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.innovoucher.marketplace.Contracts;
import org.innovoucher.portal.ActingFor;
import org.innovoucher.portal.Todo;
import org.innovoucher.portal.TodoSource;
import org.innovoucher.shared.BusinessClock;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.EnterpriseId;
import org.innovoucher.shared.Role;
import org.springframework.stereotype.Component;

/**
 * The workspace's to-dos of contracts. An institution answers each proposal (the rules set no
 * deadline for it, so none is shown). An enterprise hears of a proposal declined in the last
 * {@link #DECLINED_SHOWN}: it must find another institution or propose again; after that the
 * contract list still shows it, but it no longer waits for anything.
 */
@Component
class ContractTodos implements TodoSource {

	static final Duration DECLINED_SHOWN = Duration.ofDays(30);

	private final Contracts contracts;
	private final ContractRows rows;
	private final ActingFor actingFor;
	private final BusinessClock clock;

	ContractTodos(Contracts contracts, ContractRows rows, ActingFor actingFor, BusinessClock clock) {
		this.contracts = contracts;
		this.rows = rows;
		this.actingFor = actingFor;
		this.clock = clock;
	}

	@Override
	public List<Todo> todosFor(CurrentUser user) {
		if (user.has(Role.INSTITUTION) && user.institution() != null) {
			return rows.of(contracts.awaitingAnswer(user))
				.stream()
				.map(r -> new Todo("contract.todo.answer", new Object[] { r.enterpriseName(), r.contract().getTitle() },
						"/workspace/contracts/" + r.contract().getId(), null, null))
				.toList();
		}
		Optional<EnterpriseId> enterprise = enterprise(user);
		if (enterprise.isEmpty()) {
			return List.of();
		}
		return rows.of(contracts.declinedSince(user, enterprise.get(), clock.now().minus(DECLINED_SHOWN)))
			.stream()
			.map(r -> new Todo("contract.todo.declined", new Object[] { r.institutionName(), r.contract().getTitle() },
					"/workspace/contracts/" + r.contract().getId(), null, null))
			.toList();
	}

	/** The enterprise the workspace works for; none for an agency that has not chosen one yet. */
	private Optional<EnterpriseId> enterprise(CurrentUser user) {
		if (!actingFor.worksForEnterprise(user)) {
			return Optional.empty();
		}
		try {
			return Optional.of(actingFor.enterprise(user));
		}
		catch (ActingFor.NotChosen e) {
			return Optional.empty();
		}
	}
}
