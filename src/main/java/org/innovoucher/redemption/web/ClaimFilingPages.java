package org.innovoucher.redemption.web;

import org.innovoucher.marketplace.Contract;
import org.innovoucher.marketplace.Contracts;
import org.innovoucher.portal.ActingFor;
import org.innovoucher.portal.PageErrors;
import org.innovoucher.redemption.ClaimDrafting;
import org.innovoucher.redemption.Outputs;
import org.innovoucher.redemption.Redemption;
import org.innovoucher.shared.ClaimId;
import org.innovoucher.shared.ContractId;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.Role;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Filing a claim, steps 1 and 2 (the enterprise, or the agency acting for it; the institution where
 * the program pays it, on the same pages): the amount paid and
 * the result summary, then the innovation outputs. Step 1 creates the draft ({@link ClaimDrafting}
 * as {@code POST /api/v1/redemptions} does), so a claim left half done waits as a draft on the
 * to-do list; each later step changes its own answers and keeps the others.
 */
@Controller
@RequestMapping("/workspace/claims")
class ClaimFilingPages {

	private final ClaimDrafting drafting;
	private final Contracts contracts;
	private final ActingFor actingFor;
	private final ClaimPageSupport support;
	private final PageErrors errors;

	ClaimFilingPages(ClaimDrafting drafting, Contracts contracts, ActingFor actingFor, ClaimPageSupport support,
			PageErrors errors) {
		this.drafting = drafting;
		this.contracts = contracts;
		this.actingFor = actingFor;
		this.support = support;
		this.errors = errors;
	}

	@GetMapping("/new")
	String start(@RequestParam(required = false) String contractId, Model model) {
		if (contractId == null || contractId.isBlank()) {
			return "redirect:/workspace/claims";
		}
		ClaimForm form = new ClaimForm();
		form.setContractId(contractId);
		return amount(model, contract(contractId), null, form, PageErrors.Shown.NONE);
	}

	@PostMapping("/new")
	String create(@ModelAttribute("form") ClaimForm form, BindingResult binding, HttpServletResponse response,
			Model model) {
		CurrentUser user = CurrentUser.require();
		Contract contract = contract(form.getContractId());
		form.checkAmount(binding);
		if (binding.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return amount(model, contract, null, form, errors.of(binding));
		}
		Redemption created;
		try {
			created = drafting.create(new ClaimDrafting.Claim(contract.id(), form.paid(), form.getResultSummary(),
					Outputs.NONE), user);
		}
		catch (DomainException e) {
			response.setStatus(e.code().status().value());
			return amount(model, contract, null, form, support.refusal(e, "paidAmount"));
		}
		return "redirect:/workspace/claims/" + created.getId() + "/outputs";
	}

	@GetMapping("/{id}/amount")
	String changeAmount(@PathVariable String id, Model model) {
		Redemption claim = support.claimantsClaim(id, CurrentUser.require());
		if (!claim.getStatus().isEditable()) {
			return "redirect:/workspace/claims/" + id;
		}
		return amount(model, contract(claim.getContractId()), claim, ClaimForm.of(claim), PageErrors.Shown.NONE);
	}

	@PostMapping("/{id}/amount")
	String reviseAmount(@PathVariable String id, @ModelAttribute("form") ClaimForm form, BindingResult binding,
			HttpServletResponse response, Model model) {
		CurrentUser user = CurrentUser.require();
		Redemption claim = support.claimantsClaim(id, user);
		Contract contract = contract(claim.getContractId());
		form.setContractId(claim.getContractId());
		form.checkAmount(binding);
		if (binding.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return amount(model, contract, claim, form, errors.of(binding));
		}
		try {
			drafting.revise(ClaimId.of(id), new ClaimDrafting.Claim(contract.id(), form.paid(), form.getResultSummary(),
					claim.getOutputs()), user);
		}
		catch (DomainException e) {
			response.setStatus(e.code().status().value());
			return amount(model, contract, claim, form, support.refusal(e, "paidAmount"));
		}
		return "redirect:/workspace/claims/" + id + "/outputs";
	}

	@GetMapping("/{id}/outputs")
	String outputs(@PathVariable String id, Model model) {
		Redemption claim = support.claimantsClaim(id, CurrentUser.require());
		if (!claim.getStatus().isEditable()) {
			return "redirect:/workspace/claims/" + id;
		}
		return outputs(model, claim, ClaimForm.of(claim), PageErrors.Shown.NONE);
	}

	@PostMapping("/{id}/outputs")
	String reviseOutputs(@PathVariable String id, @ModelAttribute("form") ClaimForm form, BindingResult binding,
			HttpServletResponse response, Model model) {
		CurrentUser user = CurrentUser.require();
		Redemption claim = support.claimantsClaim(id, user);
		form.checkOutputs(binding);
		if (binding.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return outputs(model, claim, form, byInputId(errors.of(binding)));
		}
		try {
			drafting.revise(ClaimId.of(id), new ClaimDrafting.Claim(claim.contract(), claim.getPaidAmount(),
					claim.getResultSummary(), form.outputsTyped()), user);
		}
		catch (DomainException e) {
			response.setStatus(e.code().status().value());
			return outputs(model, claim, form, support.refusal(e, "inventionPatents"));
		}
		return "redirect:/workspace/claims/" + id + "/evidence";
	}

	/** The binding names a count {@code outputs[name]}; its input's id is the name. */
	private static PageErrors.Shown byInputId(PageErrors.Shown shown) {
		return new PageErrors.Shown(shown.messages()
			.stream()
			.map(m -> new PageErrors.Message(m.field().replaceAll("^outputs\\[(.+)]$", "$1"), m.text()))
			.toList());
	}

	private Contract contract(String contractId) {
		CurrentUser user = CurrentUser.require();
		if (!user.has(Role.INSTITUTION)) {
			// an enterprise's page (or its agency's, which must have chosen the enterprise)
			actingFor.enterprise(user);
		}
		return contracts.getVisible(ContractId.of(contractId), user);
	}

	private String amount(Model model, Contract contract, Redemption claim, ClaimForm form, PageErrors.Shown shown) {
		model.addAttribute("contract", contract);
		model.addAttribute("claim", claim);
		model.addAttribute("form", form);
		model.addAttribute("filedByInstitution", CurrentUser.require().has(Role.INSTITUTION));
		model.addAttribute(PageErrors.MODEL, shown);
		model.addAttribute("step", 1);
		return "redemption/claim/amount";
	}

	private String outputs(Model model, Redemption claim, ClaimForm form, PageErrors.Shown shown) {
		model.addAttribute("contract", contract(claim.getContractId()));
		model.addAttribute("claim", claim);
		model.addAttribute("form", form);
		model.addAttribute("outputNames", ClaimForm.OUTPUTS);
		model.addAttribute(PageErrors.MODEL, shown);
		model.addAttribute("step", 2);
		return "redemption/claim/outputs";
	}
}
