package org.innovoucher.audit.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.innovoucher.audit.AuditEntry;
import org.innovoucher.audit.AuditTrail;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.PageResult;
import org.innovoucher.shared.Role;
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

	AuditController(AuditTrail audit) {
		this.audit = audit;
	}

	@GetMapping
	PageResult<AuditEntry> entries(@RequestParam(required = false) String entityType,
			@RequestParam(required = false) String entityId, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		if (!CurrentUser.require().isStaff()) {
			throw DomainException.forbidden("the audit trail is for staff");
		}
		Pageable paging = PageResult.request(page, size, Sort.unsorted());
		return audit.find(blankToNull(entityType), blankToNull(entityId), paging.getPageNumber(), paging.getPageSize());
	}

	@GetMapping("/verification")
	Map<String, Object> verify() {
		if (!CurrentUser.require().hasAny(Role.SYSTEM_ADMIN, Role.SUPERVISOR)) {
			throw DomainException.forbidden("verification is for system administrators and supervisors");
		}
		AuditTrail.Verification result = audit.verify();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("valid", result.valid());
		body.put("entries", result.entries());
		if (!result.valid()) {
			body.put("firstBrokenEntry", result.firstBrokenEntry());
			body.put("problem", result.problem());
		}
		return body;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}
}
