package org.innovoucher.voucher.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.EnterpriseId;
import org.innovoucher.shared.Ids;
import org.innovoucher.shared.Money;
import org.innovoucher.shared.PageResult;
import org.innovoucher.shared.Role;
import org.innovoucher.shared.web.Batches;
import org.innovoucher.shared.ProgramId;
import org.innovoucher.shared.ServiceCategory;
import org.innovoucher.shared.VoucherId;
import org.innovoucher.voucher.ApplicationReview;
import org.innovoucher.voucher.Voucher;
import org.innovoucher.voucher.VoucherApplication;
import org.innovoucher.voucher.VoucherApplications;
import org.innovoucher.voucher.Vouchers;
import org.innovoucher.shared.TextLimits;
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
@RequestMapping("/api/v1")
@Tag(name = "Vouchers")
class VoucherController {

	private final VoucherApplications applications;
	private final ApplicationReview review;
	private final Vouchers vouchers;
	private final Batches batches;

	VoucherController(VoucherApplications applications, ApplicationReview review, Vouchers vouchers, Batches batches) {
		this.applications = applications;
		this.review = review;
		this.vouchers = vouchers;
		this.batches = batches;
	}

	record ApplicationBody(@NotBlank @Size(max = TextLimits.ID) String programId, @Size(max = TextLimits.ID) String enterpriseId, @NotNull Money denomination,
			@NotBlank @Size(max = 2000) String purpose, List<@NotNull ServiceCategory> serviceCategories) {
	}

	record ApplicationView(String id, VoucherApplication.Status status, String programId, int programVersion,
			String enterpriseId, String regionCode, Money denomination, String purpose, List<String> serviceCategories,
			LocalDate submittedOn, LocalDate reviewDueOn, LocalDate decidedOn, String decisionReason,
			String voucherId, String round) {

		static ApplicationView of(VoucherApplication a) {
			return new ApplicationView(a.getId(), a.getStatus(), a.getProgramId(), a.getProgramVersion(),
					a.getEnterpriseId(), a.getRegionCode(), a.getDenomination(), a.getPurpose(), a.getServiceCategories(),
					a.getSubmittedOn(), a.getReviewDueOn(), a.getDecidedOn(), a.getDecisionReason(), a.getVoucherId(),
					a.getRoundName());
		}
	}

	@PostMapping("/voucher-applications")
	@ResponseStatus(HttpStatus.CREATED)
	ApplicationView apply(@Valid @RequestBody ApplicationBody body) {
		return ApplicationView.of(applications.apply(new VoucherApplications.Application(ProgramId.of(body.programId()),
				Ids.optional(body.enterpriseId(), EnterpriseId::of),
				body.denomination(), body.purpose(), body.serviceCategories()), CurrentUser.require()));
	}

	@GetMapping("/voucher-applications")
	PageResult<ApplicationView> applications(@RequestParam(required = false) String enterpriseId,
			@RequestParam(required = false) VoucherApplication.Status status,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		PageResult<VoucherApplication> found = applications.applications(CurrentUser.require(),
				Ids.filter(enterpriseId, EnterpriseId::of), status,
				PageResult.request(page, size, Sort.by("createdAt").descending()));
		return new PageResult<>(found.items().stream().map(ApplicationView::of).toList(), found.page(), found.size(),
				found.total());
	}

	@GetMapping("/voucher-applications/{id}")
	ApplicationView application(@PathVariable String id) {
		return ApplicationView.of(applications.applicationVisible(id, CurrentUser.require()));
	}

	record DecisionBody(@NotNull ApplicationReview.Decision decision, @Size(max = 2000) String reason) {
	}

	@PostMapping("/voucher-applications/{id}/decision")
	Map<String, Object> decide(@PathVariable String id, @Valid @RequestBody DecisionBody body) {
		return decided(review.decide(id, body.decision(), body.reason(), CurrentUser.require()));
	}

	record DecisionItem(@NotBlank @Size(max = TextLimits.ID) String id, @NotNull ApplicationReview.Decision decision,
			@Size(max = 2000) String reason) {
	}

	record DecisionsBody(@NotNull List<@NotNull @Valid DecisionItem> items) {
	}

	/** Many decisions in one request, each decided as {@link #decide} would decide it (accepts an Idempotency-Key). */
	@PostMapping("/voucher-applications/decisions")
	Map<String, Object> decideEach(@Valid @RequestBody DecisionsBody body) {
		CurrentUser user = CurrentUser.require();
		return Map.of("results", batches.each(user, Role.BUREAU_REVIEWER, body.items(), DecisionItem::id,
				item -> decided(review.decide(item.id(), item.decision(), item.reason(), user))));
	}

	private static Map<String, Object> decided(VoucherApplication application) {
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("id", application.getId());
		result.put("status", application.getStatus());
		result.put("voucherId", application.getVoucherId());
		return result;
	}

	record ResubmitBody(Money denomination, @Size(max = 2000) String purpose,
			List<@NotNull ServiceCategory> serviceCategories) {
	}

	@PostMapping("/voucher-applications/{id}/resubmission")
	ApplicationView resubmit(@PathVariable String id, @Valid @RequestBody(required = false) ResubmitBody body) {
		ResubmitBody b = body == null ? new ResubmitBody(null, null, null) : body;
		return ApplicationView.of(applications.resubmit(id, b.denomination(), b.purpose(), b.serviceCategories(),
				CurrentUser.require()));
	}

	@PostMapping("/voucher-applications/{id}/withdrawal")
	ApplicationView withdraw(@PathVariable String id) {
		return ApplicationView.of(applications.withdraw(id, CurrentUser.require()));
	}

	record VoucherView(String id, String serialNumber, String enterpriseId, String programId, int programVersion,
			Money faceValue, Money balance, Voucher.Status status, LocalDate issuedOn, LocalDate validUntil,
			String regionCode) {

		static VoucherView of(Voucher v) {
			return new VoucherView(v.getId(), v.getSerialNumber(), v.getEnterpriseId(), v.getProgramId(),
					v.getProgramVersion(), v.getFaceValue(), v.getBalance(), v.getStatus(), v.getIssuedOn(),
					v.getValidUntil(), v.getRegionCode());
		}
	}

	@GetMapping("/vouchers/{id}")
	VoucherView voucher(@PathVariable String id) {
		return VoucherView.of(vouchers.voucherVisible(VoucherId.of(id), CurrentUser.require()));
	}

	@GetMapping("/enterprises/{id}/vouchers")
	PageResult<VoucherView> vouchersOf(@PathVariable String id, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		PageResult<Voucher> found = vouchers.vouchersOf(EnterpriseId.of(id), CurrentUser.require(),
				PageResult.request(page, size, Sort.by("issuedOn").descending()));
		return new PageResult<>(found.items().stream().map(VoucherView::of).toList(), found.page(), found.size(),
				found.total());
	}

	record RevocationBody(@NotBlank @Size(max = 2000) String reason) {
	}

	@PostMapping("/vouchers/{id}/revocation")
	VoucherView revoke(@PathVariable String id, @Valid @RequestBody RevocationBody body) {
		return VoucherView.of(vouchers.revoke(VoucherId.of(id), body.reason(), CurrentUser.require()));
	}
}
