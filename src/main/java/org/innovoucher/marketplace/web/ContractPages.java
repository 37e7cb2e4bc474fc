package org.innovoucher.marketplace.web;

import org.innovoucher.marketplace.Contract;
import org.innovoucher.marketplace.Contracts;
import org.innovoucher.portal.ActingFor;
import org.innovoucher.portal.PageErrors;
import org.innovoucher.shared.ContractId;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.EnterpriseId;
import org.innovoucher.shared.ErrorCode;
import org.innovoucher.shared.PageResult;
import org.innovoucher.shared.Role;
import org.innovoucher.shared.web.Spreadsheet;
import org.innovoucher.shared.web.Spreadsheets;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Following contracts: the list (an enterprise's, or an institution's with the proposals waiting for
 * its answer on top), one contract with its status in words, the institution's answer and the next
 * step, and the institution's answer itself ({@link Contracts#answer}, as {@code POST
 * /api/v1/contracts/{id}/acceptance}).
 */
@Controller
class ContractPages {

	static final int PAGE_SIZE = 20;
	static final int REASON_MAX = 2000;
	static final String LIST = "/workspace/contracts";
	private static final Sort NEWEST_FIRST = Sort.by("createdAt").descending();

	private final Contracts contracts;
	private final ContractRows rows;
	private final PageErrors pageErrors;
	private final ActingFor actingFor;
	private final Spreadsheets spreadsheets;

	ContractPages(Contracts contracts, ContractRows rows, PageErrors pageErrors, ActingFor actingFor,
			Spreadsheets spreadsheets) {
		this.spreadsheets = spreadsheets;
		this.contracts = contracts;
		this.rows = rows;
		this.pageErrors = pageErrors;
		this.actingFor = actingFor;
	}

	@GetMapping(LIST)
	String list(@RequestParam(defaultValue = "0") int page, Model model) {
		CurrentUser user = CurrentUser.require();
		boolean institution = user.has(Role.INSTITUTION);
		EnterpriseId enterprise = institution ? null : actingFor.enterprise(user);
		PageResult<Contract> found = contracts.mine(user, enterprise,
				PageResult.request(Math.max(page, 0), PAGE_SIZE, NEWEST_FIRST));
		model.addAttribute("institution", institution);
		model.addAttribute("contracts", found);
		model.addAttribute("rows", rows.of(found.items()));
		model.addAttribute("waiting", institution ? rows.of(contracts.awaitingAnswer(user)) : java.util.List.of());
		return "marketplace/contracts";
	}

	/** Every contract of the list as a workbook, the other party named as the page names it. */
	@GetMapping(path = LIST, params = Spreadsheets.FORMAT)
	ResponseEntity<byte[]> listWorkbook() {
		CurrentUser user = CurrentUser.require();
		boolean institution = user.has(Role.INSTITUTION);
		EnterpriseId enterprise = institution ? null : actingFor.enterprise(user);
		Spreadsheet sheet = spreadsheets.sheet("contract.list.title")
			.column("contract.field.title", Spreadsheet.Kind.TEXT)
			.column(institution ? "contract.field.enterprise" : "contract.field.institution", Spreadsheet.Kind.TEXT)
			.column("contract.field.amount", Spreadsheet.Kind.MONEY)
			.column("contract.field.status", Spreadsheet.Kind.TEXT)
			.column("contract.field.proposedOn", Spreadsheet.Kind.TIME)
			.column("download.address", Spreadsheet.Kind.TEXT);
		sheet.everyPage(page -> contracts.mine(user, enterprise, PageResult.request(page, PageResult.MAX_SIZE, NEWEST_FIRST)),
				found -> rows.of(found).forEach(r -> {
					Contract c = r.contract();
					sheet.row(c.getTitle(), institution ? r.enterpriseName() : r.institutionName(), c.getAmount(),
							sheet.words("status.contract." + c.getStatus()), c.getCreatedAt(), LIST + "/" + c.getId());
				}));
		return sheet.download("contracts");
	}

	@GetMapping("/workspace/contracts/{id}")
	String contract(@PathVariable String id, Model model) {
		return page(id, null, null, PageErrors.Shown.NONE, model);
	}

	/** The institution accepts or declines; a decline says why, so the enterprise knows what to change. */
	@PostMapping("/workspace/contracts/{id}/answer")
	String answer(@PathVariable String id, @RequestParam(required = false) String decision,
			@RequestParam(required = false) String reason, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		CurrentUser user = CurrentUser.require();
		String why = reason == null || reason.isBlank() ? null : reason.trim();
		PageErrors.Shown refused = PageErrors.Shown.NONE;
		if (!"accept".equals(decision) && !"decline".equals(decision)) {
			refused = pageErrors.on("decision", "contract.answer.decision.required");
		}
		else if ("decline".equals(decision) && why == null) {
			refused = pageErrors.on("reason", "contract.answer.reason.required");
		}
		else if (why != null && why.length() > REASON_MAX) {
			refused = pageErrors.on("reason", "contract.new.tooLong", REASON_MAX);
		}
		if (refused.any()) {
			response.setStatus(400);
			return page(id, decision, reason, refused, model);
		}
		try {
			contracts.answer(ContractId.of(id), "accept".equals(decision), why, user);
		}
		catch (DomainException e) {
			if (e.code() == ErrorCode.NOT_FOUND || e.code() == ErrorCode.FORBIDDEN) {
				throw e;
			}
			response.setStatus(e.code().status().value());
			// answered meanwhile (the form is gone then): the refusal stands above the contract
			return page(id, decision, reason, pageErrors.of(e, "form"), model);
		}
		redirect.addFlashAttribute("answered", decision);
		return "redirect:/workspace/contracts/" + id;
	}

	private String page(String id, String decision, String reason, PageErrors.Shown errors, Model model) {
		CurrentUser user = CurrentUser.require();
		Contract contract = contracts.getVisible(ContractId.of(id), user);
		boolean isInstitution = contract.institution().equals(user.institution());
		model.addAttribute("row", rows.of(contract));
		model.addAttribute("c", contract);
		model.addAttribute("isInstitution", isInstitution);
		model.addAttribute("canAnswer", isInstitution && contract.getStatus() == Contract.Status.PROPOSED);
		model.addAttribute("canClaim", !isInstitution && actingFor.worksForEnterprise(user) && contract.isClaimable());
		model.addAttribute("decision", decision);
		model.addAttribute("reason", reason);
		model.addAttribute(PageErrors.MODEL, errors);
		return "marketplace/contract";
	}
}
