package org.innovoucher.audit.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.innovoucher.audit.AuditEntry;
import org.innovoucher.audit.AuditTrail;
import org.innovoucher.audit.Checkpoints;
import org.innovoucher.audit.SealedChain;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.PageResult;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit")
class AuditController {

	private final AuditTrail audit;
	private final Checkpoints checkpoints;

	AuditController(AuditTrail audit, Checkpoints checkpoints) {
		this.audit = audit;
		this.checkpoints = checkpoints;
	}

	/**
	 * Staff read the entries of files in their regions. Entries without a region (accounts,
	 * system-wide records) are for staff of the whole country or of a province.
	 */
	@GetMapping
	PageResult<AuditEntry> entries(@RequestParam(required = false) String entityType,
			@RequestParam(required = false) String entityId, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		Pageable paging = PageResult.request(page, size, Sort.unsorted());
		return audit.visibleTo(CurrentUser.require(), blankToNull(entityType), blankToNull(entityId),
				paging.getPageNumber(), paging.getPageSize());
	}

	/**
	 * Walks the audit trail and the ledger's chain and checks both against their checkpoints. The
	 * audit trail's outcome stays at the top (as before); each chain's is also under its name.
	 */
	@GetMapping("/verification")
	Map<String, Object> verify() {
		List<SealedChain.Verification> results = checkpoints.verifyAllFor(CurrentUser.require());
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("valid", results.stream().allMatch(SealedChain.Verification::valid));
		for (SealedChain.Verification result : results) {
			if ("audit".equals(result.chain())) {
				body.put("entries", result.entries());
				if (!result.valid()) {
					body.put("firstBrokenEntry", result.firstBroken());
					body.put("problem", result.problem());
				}
			}
		}
		for (SealedChain.Verification result : results) {
			Map<String, Object> chain = new LinkedHashMap<>();
			chain.put("valid", result.valid());
			chain.put("entries", result.entries());
			if (!result.valid()) {
				chain.put("firstBrokenEntry", result.firstBroken());
				chain.put("problem", result.problem());
			}
			body.put(result.chain(), chain);
		}
		body.put("checkpoints", checkpoints.count());
		return body;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}
}
