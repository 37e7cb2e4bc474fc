package org.innovoucher.marketplace.web;

import java.time.LocalDate;
import java.util.Map;

import org.innovoucher.marketplace.Contract;
import org.innovoucher.marketplace.Contracts;
import org.innovoucher.shared.ContractId;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.EnterpriseId;
import org.innovoucher.shared.Ids;
import org.innovoucher.shared.InstitutionId;
import org.innovoucher.shared.Money;
import org.innovoucher.shared.PageResult;
import org.innovoucher.shared.ServiceCategory;
import org.innovoucher.shared.TextLimits;
import org.innovoucher.shared.VoucherId;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/v1/contracts")
@Tag(name = "Contracts")
class ContractController {

	private final Contracts contracts;

	ContractController(Contracts contracts) {
		this.contracts = contracts;
	}

	record ProposalBody(@NotBlank @Size(max = TextLimits.ID) String institutionId, @Size(max = TextLimits.ID) String serviceId,
			@NotBlank @Size(max = TextLimits.ID) String voucherId,
			@NotBlank @Size(max = 200) String title, ServiceCategory category, @NotNull Money amount,
			@NotNull LocalDate signedOn) {
	}

	record ContractView(String id, Contract.Status status, String enterpriseId, String institutionId, String serviceId,
			String voucherId, String title, ServiceCategory category, Money amount, LocalDate signedOn, String reason) {

		static ContractView of(Contract c) {
			return new ContractView(c.getId(), c.getStatus(), c.getEnterpriseId(), c.getInstitutionId(), c.getServiceId(),
					c.getVoucherId(), c.getTitle(), c.getCategory(), c.getAmount(), c.getSignedOn(), c.getReason());
		}
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	ContractView propose(@Valid @RequestBody ProposalBody body) {
		return ContractView.of(contracts.propose(new Contracts.Proposal(InstitutionId.of(body.institutionId()),
				body.serviceId(), VoucherId.of(body.voucherId()), body.title(), body.category(), body.amount(), body.signedOn()), CurrentUser.require()));
	}

	@GetMapping("/{id}")
	ContractView get(@PathVariable String id) {
		return ContractView.of(contracts.getVisible(ContractId.of(id), CurrentUser.require()));
	}

	@GetMapping
	PageResult<ContractView> list(@RequestParam(required = false) String enterpriseId,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		PageResult<Contract> found = contracts.mine(CurrentUser.require(), Ids.filter(enterpriseId, EnterpriseId::of),
				PageResult.request(page, size, Sort.by("createdAt").descending()));
		return new PageResult<>(found.items().stream().map(ContractView::of).toList(), found.page(), found.size(),
				found.total());
	}

	record AcceptanceBody(@NotNull Boolean accept, @Size(max = 2000) String reason) {
	}

	@PostMapping("/{id}/acceptance")
	Map<String, Object> accept(@PathVariable String id, @Valid @RequestBody AcceptanceBody body) {
		Contract contract = contracts.answer(ContractId.of(id), body.accept(), body.reason(), CurrentUser.require());
		return Map.of("id", id, "status", contract.getStatus());
	}

	record ClosingBody(@NotNull Contract.Status outcome, @Size(max = 2000) String reason) {
	}

	@PostMapping("/{id}/closing")
	ContractView close(@PathVariable String id, @Valid @RequestBody ClosingBody body) {
		return ContractView.of(contracts.close(ContractId.of(id), body.outcome(), body.reason(), CurrentUser.require()));
	}
}
