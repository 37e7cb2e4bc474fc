package org.innovoucher.audit.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.innovoucher.audit.AuditEntry;
import org.innovoucher.audit.AuditTrail;
import org.innovoucher.audit.Checkpoints;
import org.innovoucher.audit.SealedChain;
import org.innovoucher.portal.WorkspaceLink;
import org.innovoucher.portal.WorkspaceLinks;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.PageResult;
import org.innovoucher.shared.Role;
import org.innovoucher.shared.web.Spreadsheet;
import org.innovoucher.shared.web.Spreadsheets;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit trail as pages, for the supervisor: the history of any file, found by its kind and id
 * (a claim, an application, a payment run...), each entry in words; and the verification of the
 * sealed chains, its outcome in words. The same services and the same visibility as
 * {@code GET /api/v1/audit} and {@code /verification}.
 */
@Controller
class AuditPages implements WorkspaceLinks {

	static final String TRAIL = "/workspace/audit";
	static final String VERIFICATION = "/workspace/audit/verification";
	static final int PAGE_SIZE = 50;
	static final int ID_MAX = 64;

	/** The message keys of the statuses of each kind of file, where the bundles word them. */
	private static final Map<String, String> STATUS_KEYS = Map.of("REDEMPTION", "status.claim.", "VOUCHER_APPLICATION",
			"status.application.", "VOUCHER", "status.voucher.", "CONTRACT", "status.contract.", "PROGRAM",
			"status.program.", "PUBLIC_NOTICE", "status.notice.", "PAYMENT_RUN", "payments.status.");

	/** An entry as the page shows it: its facts and their words. */
	record Row(AuditEntry entry, String type, String action, String from, String to) {
	}

	/** One chain's verification in words. */
	record Checked(String chain, boolean valid, long entries, String problem, Long brokenAt) {
	}

	private final AuditTrail audit;
	private final Checkpoints checkpoints;
	/** The trail's filters as the page reads them: a known kind of file, an id cut to its longest. */
	private record Filter(String type, String id) {
	}

	private final MessageSource messages;
	private final Spreadsheets spreadsheets;

	AuditPages(AuditTrail audit, Checkpoints checkpoints, MessageSource messages, Spreadsheets spreadsheets) {
		this.audit = audit;
		this.checkpoints = checkpoints;
		this.messages = messages;
		this.spreadsheets = spreadsheets;
	}

	@Override
	public List<WorkspaceLink> linksFor(CurrentUser user) {
		List<WorkspaceLink> links = new ArrayList<>();
		if (user.has(Role.SUPERVISOR)) {
			links.add(WorkspaceLink.of(365, "menu.audit", TRAIL));
		}
		if (user.hasAny(Role.SUPERVISOR, Role.SYSTEM_ADMIN)) {
			links.add(WorkspaceLink.of(366, "menu.verification", VERIFICATION));
		}
		return links;
	}

	@GetMapping(TRAIL)
	String trail(@RequestParam(required = false) String entityType, @RequestParam(required = false) String entityId,
			@RequestParam(defaultValue = "0") int page, Model model) {
		CurrentUser user = CurrentUser.require();
		Filter filter = filter(entityType, entityId);
		PageResult<AuditEntry> found = audit.visibleTo(user, filter.type(), filter.id(), Math.max(page, 0), PAGE_SIZE);
		model.addAttribute("types", audit.entityTypes().stream().map(t -> Map.entry(t, typeWords(t))).toList());
		model.addAttribute("entityType", filter.type() == null ? "" : filter.type());
		model.addAttribute("entityId", filter.id() == null ? "" : filter.id());
		model.addAttribute("found", found);
		model.addAttribute("rows", found.items().stream().map(this::row).toList());
		return "audit/trail";
	}

	/** The trail with the same filters, every page of it, as a workbook. */
	@GetMapping(path = TRAIL, params = Spreadsheets.FORMAT)
	ResponseEntity<byte[]> trailWorkbook(@RequestParam(required = false) String entityType,
			@RequestParam(required = false) String entityId) {
		CurrentUser user = CurrentUser.require();
		Filter filter = filter(entityType, entityId);
		Spreadsheet sheet = spreadsheets.sheet("audit.title")
			.column("audit.col.seq", Spreadsheet.Kind.COUNT)
			.column("audit.col.at", Spreadsheet.Kind.TIME)
			.column("audit.col.who", Spreadsheet.Kind.TEXT)
			.column("audit.col.what", Spreadsheet.Kind.TEXT)
			.column("audit.type", Spreadsheet.Kind.TEXT)
			.column("audit.id", Spreadsheet.Kind.TEXT)
			.column("audit.col.change", Spreadsheet.Kind.TEXT)
			.column("audit.col.reason", Spreadsheet.Kind.TEXT);
		sheet.everyPage(page -> audit.visibleTo(user, filter.type(), filter.id(), page, PageResult.MAX_SIZE),
				entries -> entries.stream().map(this::row).forEach(r -> sheet.row(r.entry().seq(),
						r.entry().at().toInstant(), r.entry().actor(), r.action(), r.type(), r.entry().entityId(),
						r.from().isEmpty() ? r.to() : r.from() + " → " + r.to(), r.entry().reason())));
		return sheet.download("audit-trail");
	}

	@GetMapping(VERIFICATION)
	String verification(Model model) {
		List<SealedChain.Verification> results = checkpoints.verifyAllFor(CurrentUser.require());
		model.addAttribute("valid", results.stream().allMatch(SealedChain.Verification::valid));
		model.addAttribute("checks", results.stream().map(AuditPages::checked).toList());
		model.addAttribute("checkpoints", checkpoints.count());
		return "audit/verification";
	}

	private Filter filter(String entityType, String entityId) {
		String type = blankToNull(entityType);
		String id = blankToNull(entityId);
		if (id != null && id.length() > ID_MAX) {
			id = id.substring(0, ID_MAX);
		}
		return new Filter(type != null && audit.entityTypes().contains(type) ? type : null, id);
	}

	private static Checked checked(SealedChain.Verification v) {
		Long brokenAt = v.firstBroken() instanceof AuditEntry entry ? Long.valueOf(entry.seq()) : null;
		return new Checked(v.chain(), v.valid(), v.entries(), v.problem(), brokenAt);
	}

	private Row row(AuditEntry e) {
		String statusKey = STATUS_KEYS.get(e.entityType());
		return new Row(e, typeWords(e.entityType()), words("audit.action." + e.action(), e.action()),
				state(statusKey, e.from()), state(statusKey, e.to()));
	}

	private String state(String key, String code) {
		if (code == null) {
			return "";
		}
		return key == null ? humane(code) : words(key + code, code);
	}

	private String typeWords(String type) {
		return words("audit.type." + type, type);
	}

	/** The bundles' words for a code, or the code in lower case where they have none (a new action). */
	private String words(String key, String code) {
		return messages.getMessage(key, null, humane(code), LocaleContextHolder.getLocale());
	}

	private static String humane(String code) {
		return code.replace('_', ' ').toLowerCase(Locale.ROOT);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
