package org.innovoucher.redemption.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.innovoucher.redemption.NoticeItem;
import org.innovoucher.redemption.Objection;
import org.innovoucher.redemption.Objections;
import org.innovoucher.redemption.PublicNotice;
import org.innovoucher.redemption.PublicNotices;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.Money;
import org.innovoucher.shared.PageResult;
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
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Public notices")
class PublicNoticeController {

	private final PublicNotices notices;
	private final Objections objections;

	PublicNoticeController(PublicNotices notices, Objections objections) {
		this.notices = notices;
		this.objections = objections;
	}

	record OpenBody(@NotBlank @Size(max = TextLimits.CODE) String regionCode,
			@NotEmpty @Size(max = TextLimits.LIST_ITEMS) List<@NotBlank @Size(max = TextLimits.ID) String> redemptionIds) {
	}

	record NoticeSummary(String id, String regionCode, LocalDate startsOn, LocalDate endsOn, PublicNotice.Status status) {

		static NoticeSummary of(PublicNotice n) {
			return new NoticeSummary(n.getId(), n.getRegionCode(), n.getStartsOn(), n.getEndsOn(), n.getStatus());
		}
	}

	record ItemView(String redemptionId, String enterpriseName, String institutionName, Money amount,
			org.innovoucher.redemption.PaymentRunItem.PayeeType payeeType, String payeeName) {

		static ItemView of(NoticeItem i) {
			return new ItemView(i.getRedemptionId(), i.getEnterpriseName(), i.getInstitutionName(), i.getAmount(),
					i.getPayeeType(), i.getPayeeName());
		}
	}

	record NoticeView(String id, String regionCode, LocalDate startsOn, LocalDate endsOn, PublicNotice.Status status,
			List<ItemView> items) {
	}

	@PostMapping("/public-notices")
	@ResponseStatus(HttpStatus.CREATED)
	NoticeSummary open(@Valid @RequestBody OpenBody body) {
		return NoticeSummary.of(notices.open(body.regionCode(), body.redemptionIds(), CurrentUser.require()));
	}

	@PostMapping("/public-notices/{id}/close")
	NoticeSummary close(@PathVariable String id) {
		return NoticeSummary.of(notices.close(id, CurrentUser.require()));
	}

	record ObjectionView(String id, String redemptionId, String name, String reason, Objection.Status status, String note,
			Instant filedAt) {
	}

	@GetMapping("/public-notices/{id}/objections")
	List<ObjectionView> objections(@PathVariable String id) {
		return objections.of(id, CurrentUser.require()).stream()
			.map(o -> new ObjectionView(o.getId(), o.getRedemptionId(), o.getName(), o.getReason(), o.getStatus(),
					o.getNote(), o.getFiledAt()))
			.toList();
	}

	@GetMapping("/public/notices")
	PageResult<NoticeView> list(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		PageResult<PublicNotice> found = notices.list(PageResult.request(page, size, Sort.unsorted()));
		return new PageResult<>(found.items().stream().map(this::view).toList(), found.page(), found.size(),
				found.total());
	}

	@GetMapping("/public/notices/{id}")
	NoticeView get(@PathVariable String id) {
		return view(notices.get(id));
	}

	private NoticeView view(PublicNotice n) {
		return new NoticeView(n.getId(), n.getRegionCode(), n.getStartsOn(), n.getEndsOn(), n.getStatus(),
				notices.items(n.getId()).stream().map(ItemView::of).toList());
	}

	record ObjectionBody(@NotBlank @Size(max = TextLimits.ID) String redemptionId, @NotBlank @Size(max = 100) String name,
			@NotBlank @Size(max = 200) String contact, @NotBlank @Size(max = 4000) String reason) {
	}

	@PostMapping("/public/notices/{id}/objections")
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, Object> object(@PathVariable String id, @Valid @RequestBody ObjectionBody body) {
		Objection objection = objections.object(id, body.redemptionId(), body.name(), body.contact(), body.reason());
		return Map.of("id", objection.getId(), "status", objection.getStatus());
	}

	record ResolutionBody(@NotNull Boolean upheld, @Size(max = 4000) String note) {
	}

	@PostMapping("/objections/{id}/resolution")
	Map<String, Object> resolve(@PathVariable String id, @Valid @RequestBody ResolutionBody body) {
		Objection objection = objections.resolve(id, body.upheld(), body.note(), CurrentUser.require());
		return Map.of("id", objection.getId(), "status", objection.getStatus());
	}
}
