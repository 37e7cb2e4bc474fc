package org.innovoucher.redemption.web;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.innovoucher.redemption.Attachment;
import org.innovoucher.redemption.ClaimDrafting;
import org.innovoucher.redemption.ClaimEvidence;
import org.innovoucher.redemption.ClaimPayees;
import org.innovoucher.redemption.ClaimQueries;
import org.innovoucher.redemption.ClaimReview;
import org.innovoucher.redemption.ClaimSettlement;
import org.innovoucher.redemption.Outputs;
import org.innovoucher.redemption.PaymentRunItem;
import org.innovoucher.redemption.Redemption;
import org.innovoucher.shared.ClaimId;
import org.innovoucher.shared.ContractId;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.EnterpriseId;
import org.innovoucher.shared.ErrorCode;
import org.innovoucher.shared.Ids;
import org.innovoucher.shared.Money;
import org.innovoucher.shared.PageResult;
import org.innovoucher.shared.Role;
import org.innovoucher.shared.TextLimits;
import org.innovoucher.shared.web.Batches;
import org.springframework.core.io.InputStreamResource;
import org.springframework.data.domain.Sort;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/v1/redemptions")
@Tag(name = "Redemptions")
class RedemptionController {

	private final ClaimDrafting drafting;
	private final ClaimEvidence evidence;
	private final ClaimReview review;
	private final ClaimSettlement settlement;
	private final ClaimQueries queries;
	private final ClaimPayees payees;
	private final Batches batches;

	RedemptionController(ClaimDrafting drafting, ClaimEvidence evidence, ClaimReview review, ClaimSettlement settlement,
			ClaimQueries queries, ClaimPayees payees, Batches batches) {
		this.payees = payees;
		this.drafting = drafting;
		this.evidence = evidence;
		this.review = review;
		this.settlement = settlement;
		this.queries = queries;
		this.batches = batches;
	}

	record ClaimBody(@NotBlank @Size(max = TextLimits.ID) String contractId, @NotNull Money paidAmount, @NotBlank @Size(max = 4000) String resultSummary,
			Outputs outputs) {
	}

	record RedemptionView(String id, Redemption.Status status, String contractId, String voucherId, String enterpriseId,
			String institutionId, String programId, String regionCode, Money paidAmount, Money voucherPart,
			Money payableAmount, Money approvedAmount, String resultSummary, Outputs outputs, LocalDate submittedOn,
			LocalDate confirmDueOn, LocalDate reviewDueOn, String noticeId, LocalDate noticeEndsOn, LocalDate paidOn,
			String paymentReference, Money recoveredAmount, Money outstandingAmount, String reason, Integer boundYear,
			PayeeView payee, Money enterpriseOwnPart, LocalDate paymentDueOn) {

		/**
		 * Where the institution files, what the enterprise pays itself is the service's amount less the
		 * voucher part; where the enterprise files, it is not shown (the enterprise pays in full).
		 */
		static RedemptionView of(Redemption r, ClaimPayees.Payee payee) {
			boolean clawedBack = r.getStatus() == Redemption.Status.CLAWED_BACK;
			Money ownPart = r.paysInstitution() && r.getPayableAmount() != null
					? r.getPaidAmount().minus(r.getPayableAmount()) : null;
			return new RedemptionView(r.getId(), r.getStatus(), r.getContractId(), r.getVoucherId(), r.getEnterpriseId(),
					r.getInstitutionId(), r.getProgramId(), r.getRegionCode(), r.getPaidAmount(), r.getVoucherPart(),
					r.getPayableAmount(), r.getApprovedAmount(), r.getResultSummary(), r.getOutputs(), r.getSubmittedOn(),
					r.getConfirmDueOn(), r.getReviewDueOn(), r.getNoticeId(), r.getNoticeEndsOn(), r.getPaidOn(),
					r.getPaymentReference(), clawedBack ? r.getRecoveredAmount() : null,
					clawedBack ? r.getOutstandingAmount() : null, r.getReason(), r.getBoundYear(),
					new PayeeView(payee.type(), payee.id(), payee.name()), ownPart, r.getPaymentDueOn());
		}
	}

	/** Who files the claim and is paid: {@code {type:"ENTERPRISE"|"INSTITUTION",id,name}}. */
	record PayeeView(PaymentRunItem.PayeeType type, String id, String name) {
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	RedemptionView create(@Valid @RequestBody ClaimBody body) {
		return view(drafting.create(
				new ClaimDrafting.Claim(ContractId.of(body.contractId()), body.paidAmount(), body.resultSummary(), body.outputs()),
				CurrentUser.require()));
	}

	record RevisionBody(@NotNull Money paidAmount, @NotBlank @Size(max = 4000) String resultSummary, Outputs outputs) {
	}

	@PutMapping("/{id}")
	RedemptionView revise(@PathVariable String id, @Valid @RequestBody RevisionBody body) {
		return view(drafting.revise(ClaimId.of(id),
				new ClaimDrafting.Claim(null, body.paidAmount(), body.resultSummary(), body.outputs()),
				CurrentUser.require()));
	}

	@GetMapping("/{id}")
	RedemptionView get(@PathVariable String id) {
		return view(queries.getVisible(ClaimId.of(id), CurrentUser.require()));
	}

	@GetMapping
	PageResult<RedemptionView> list(@RequestParam(required = false) String enterpriseId,
			@RequestParam(required = false) Redemption.Status status, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		PageResult<Redemption> found = queries.list(CurrentUser.require(), Ids.filter(enterpriseId, EnterpriseId::of), status,
				PageResult.request(page, size, Sort.by("createdAt").descending()));
		return new PageResult<>(found.items().stream().map(this::view).toList(), found.page(), found.size(),
				found.total());
	}

	record AttachmentView(String id, Attachment.Kind kind, String fileName, String sha256, long size, String contentType,
			Instant uploadedAt) {

		static AttachmentView of(Attachment a) {
			return new AttachmentView(a.getId(), a.getKind(), a.getFileName(), a.getSha256(), a.getSize(),
					a.getContentType(), a.getUploadedAt());
		}
	}

	@PostMapping(path = "/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	AttachmentView attach(@PathVariable String id, @RequestPart(name = "file", required = false) MultipartFile file,
			@RequestParam(name = "kind", required = false) String kind) throws IOException {
		if (file == null) {
			throw DomainException.invalid("file", "a file part is required");
		}
		Attachment.Kind parsed;
		try {
			parsed = Attachment.Kind.valueOf(kind == null ? "" : kind.trim());
		}
		catch (IllegalArgumentException e) {
			throw new DomainException(ErrorCode.VALIDATION_FAILED, "kind: one of " + List.of(Attachment.Kind.values()),
					List.of(new DomainException.FieldError("kind", "one of " + List.of(Attachment.Kind.values()))));
		}
		return AttachmentView.of(evidence.attach(ClaimId.of(id), parsed, file.getOriginalFilename(), file.getInputStream(),
				CurrentUser.require()));
	}

	@GetMapping("/{id}/attachments")
	List<AttachmentView> attachments(@PathVariable String id) {
		return evidence.attachments(ClaimId.of(id), CurrentUser.require()).stream().map(AttachmentView::of).toList();
	}

	@GetMapping("/{id}/attachments/{attachmentId}")
	ResponseEntity<InputStreamResource> download(@PathVariable String id, @PathVariable String attachmentId) {
		ClaimEvidence.EvidenceFile file = evidence.evidenceFile(ClaimId.of(id), attachmentId, CurrentUser.require());
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.attachment().getContentType()))
			.contentLength(file.attachment().getSize())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.attachment().getFileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
			.header("Digest", "sha-256=" + file.attachment().getSha256())
			.body(new InputStreamResource(file.content()));
	}

	@PostMapping("/{id}/submit")
	Map<String, Object> submit(@PathVariable String id) {
		Redemption r = drafting.submit(ClaimId.of(id), CurrentUser.require());
		return result(r, "confirmDueOn", r.getConfirmDueOn());
	}

	record ConfirmationBody(@NotNull Boolean confirm, @Size(max = 2000) String reason) {
	}

	@PostMapping("/{id}/confirmation")
	Map<String, Object> confirm(@PathVariable String id, @Valid @RequestBody ConfirmationBody body) {
		Redemption r = review.confirm(ClaimId.of(id), body.confirm(), body.reason(), CurrentUser.require());
		return result(r, "reviewDueOn", r.getReviewDueOn());
	}

	record DecisionBody(@NotNull ClaimReview.Decision decision, Money approvedAmount, @Size(max = 2000) String reason) {
	}

	@PostMapping("/{id}/decision")
	Map<String, Object> decide(@PathVariable String id, @Valid @RequestBody DecisionBody body) {
		Redemption r = review.decide(ClaimId.of(id), body.decision(), body.approvedAmount(), body.reason(),
				CurrentUser.require());
		return result(r, "approvedAmount", r.getApprovedAmount());
	}

	record DecisionItem(@NotBlank @Size(max = TextLimits.ID) String id, @NotNull ClaimReview.Decision decision,
			Money approvedAmount, @Size(max = 2000) String reason) {
	}

	record DecisionsBody(@NotNull List<@NotNull @Valid DecisionItem> items) {
	}

	/** Many decisions in one request, each decided as {@link #decide} would decide it (accepts an Idempotency-Key). */
	@PostMapping("/decisions")
	Map<String, Object> decideEach(@Valid @RequestBody DecisionsBody body) {
		CurrentUser user = CurrentUser.require();
		return Map.of("results", batches.each(user, Role.BUREAU_REVIEWER, body.items(), DecisionItem::id, item -> {
			Redemption r = review.decide(ClaimId.of(item.id()), item.decision(), item.approvedAmount(), item.reason(), user);
			return result(r, "approvedAmount", r.getApprovedAmount());
		}));
	}

	@PostMapping("/{id}/withdrawal")
	Map<String, Object> withdraw(@PathVariable String id) {
		return result(drafting.withdraw(ClaimId.of(id), CurrentUser.require()), null, null);
	}

	record PaymentBody(@NotNull LocalDate paidOn, @NotBlank @Size(max = 100) String reference) {
	}

	@PostMapping("/{id}/payment")
	Map<String, Object> pay(@PathVariable String id, @Valid @RequestBody PaymentBody body) {
		Redemption r = settlement.pay(ClaimId.of(id), body.paidOn(), body.reference(), CurrentUser.require());
		Map<String, Object> result = result(r, "paidOn", r.getPaidOn());
		result.put("amount", r.getApprovedAmount());
		result.put("reference", r.getPaymentReference());
		return result;
	}

	record ClawbackBody(@NotBlank @Size(max = 2000) String reason) {
	}

	@PostMapping("/{id}/clawback")
	Map<String, Object> clawBack(@PathVariable String id, @Valid @RequestBody ClawbackBody body) {
		Redemption r = settlement.clawBack(ClaimId.of(id), body.reason(), CurrentUser.require());
		return result(r, "amount", r.getApprovedAmount());
	}

	record RecoveryBody(@NotNull Money amount, @NotNull LocalDate recoveredOn, @NotBlank @Size(max = 100) String reference) {
	}

	/** Money paid back on a clawed-back claim (FINANCE_OFFICER; accepts an Idempotency-Key). */
	@PostMapping("/{id}/recovery")
	Map<String, Object> recover(@PathVariable String id, @Valid @RequestBody RecoveryBody body) {
		Redemption r = settlement.recover(ClaimId.of(id), body.amount(), body.recoveredOn(), body.reference(), CurrentUser.require());
		Map<String, Object> result = result(r, "recoveredAmount", r.getRecoveredAmount());
		result.put("outstandingAmount", r.getOutstandingAmount());
		return result;
	}

	private RedemptionView view(Redemption r) {
		return RedemptionView.of(r, payees.of(r));
	}

	private static Map<String, Object> result(Redemption r, String key, Object value) {
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("id", r.getId());
		result.put("status", r.getStatus());
		if (key != null && value != null) {
			result.put(key, value);
		}
		return result;
	}
}
