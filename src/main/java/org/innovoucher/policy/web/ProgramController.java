package org.innovoucher.policy.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.innovoucher.ledger.Balances;
import org.innovoucher.ledger.Ledger;
import org.innovoucher.policy.Program;
import org.innovoucher.policy.ProgramRules;
import org.innovoucher.policy.ProgramAuthoring;
import org.innovoucher.policy.ProgramBudgets;
import org.innovoucher.policy.Programs;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.Money;
import org.innovoucher.shared.PageResult;
import org.innovoucher.shared.ProgramId;
import org.innovoucher.shared.TextLimits;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/v1/programs")
@Tag(name = "Programs")
class ProgramController {

	private final Programs programs;
	private final ProgramAuthoring authoring;
	private final ProgramBudgets budgets;

	ProgramController(Programs programs, ProgramAuthoring authoring, ProgramBudgets budgets) {
		this.programs = programs;
		this.authoring = authoring;
		this.budgets = budgets;
	}

	/** A program with the rules of its current version. */
	record ProgramView(String id, Program.Status status, int version, @JsonUnwrapped ProgramRules rules) {
	}

	private ProgramView view(Program program) {
		return new ProgramView(program.getId(), program.getStatus(), program.getCurrentVersion(),
				programs.currentRules(program.id()));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	ProgramView create(@RequestBody ProgramRules body) {
		return view(authoring.create(body, CurrentUser.require()));
	}

	@PutMapping("/{id}")
	ProgramView amend(@PathVariable String id, @RequestBody ProgramRules body) {
		return view(authoring.amend(ProgramId.of(id), body, CurrentUser.require()));
	}

	@GetMapping("/{id}")
	ProgramView get(@PathVariable String id) {
		return view(programs.getVisible(ProgramId.of(id), CurrentUser.current().orElse(null)));
	}

	@GetMapping("/{id}/versions/{version}")
	ProgramRules version(@PathVariable String id, @PathVariable int version) {
		Program program = programs.getVisible(ProgramId.of(id), CurrentUser.current().orElse(null));
		if (version < 1 || version > program.getCurrentVersion()) {
			throw org.innovoucher.shared.DomainException.notFound("program version", id + " v" + version);
		}
		return programs.rules(ProgramId.of(id), version);
	}

	@GetMapping
	PageResult<ProgramView> list(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		PageResult<Program> found = programs.list(CurrentUser.current().orElse(null),
				PageResult.request(page, size, Sort.by("createdAt").descending()));
		return new PageResult<>(found.items().stream().map(this::view).toList(), found.page(), found.size(),
				found.total());
	}

	@PostMapping("/{id}/publish")
	Map<String, Object> publish(@PathVariable String id) {
		Program program = authoring.publish(ProgramId.of(id), CurrentUser.require());
		return Map.of("id", id, "status", program.getStatus());
	}

	@PostMapping("/{id}/close")
	Map<String, Object> close(@PathVariable String id) {
		Program program = authoring.close(ProgramId.of(id), CurrentUser.require());
		return Map.of("id", id, "status", program.getStatus());
	}

	record BudgetBody(@NotBlank @Size(max = TextLimits.CODE) String regionCode, @NotNull Money amount) {
	}

	@PostMapping("/{id}/budgets")
	Map<String, Object> budget(@PathVariable String id, @Valid @RequestBody BudgetBody body) {
		budgets.setBudget(ProgramId.of(id), body.regionCode(), body.amount(), CurrentUser.require());
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("programId", id);
		result.put("regionCode", body.regionCode());
		result.put("amount", body.amount());
		return result;
	}

	/** The books, and whether they pass the auditor's checks (balanced transactions, reconciled balances). */
	record LedgerView(String programId, List<Balances> regions, Balances total, boolean balanced,
			boolean reconciled, boolean sealed) {
	}

	@GetMapping("/{id}/ledger")
	LedgerView ledger(@PathVariable String id) {
		CurrentUser user = CurrentUser.require();
		List<Balances> all = programs.ledger(ProgramId.of(id), user);
		Ledger.Integrity integrity = programs.integrity(ProgramId.of(id), user);
		return new LedgerView(id, all.subList(0, all.size() - 1), all.get(all.size() - 1), integrity.balanced(),
				integrity.reconciled(), integrity.sealed());
	}
}
