package org.innovoucher.redemption.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.innovoucher.redemption.PaymentRun;
import org.innovoucher.redemption.PaymentRunFiles;
import org.innovoucher.redemption.PaymentRunItem;
import org.innovoucher.redemption.PaymentRuns;
import org.innovoucher.shared.BankAccount;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.Money;
import org.innovoucher.shared.PageResult;
import org.innovoucher.shared.TextLimits;
import org.springframework.data.domain.Sort;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import jakarta.validation.constraints.Size;

/** Payment runs (api.md, "Batches, payment runs, exports"); every POST accepts an Idempotency-Key. */
@RestController
@RequestMapping("/api/v1/payment-runs")
@Tag(name = "Payment runs")
class PaymentRunController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final PaymentRuns runs;
	private final PaymentRunFiles files;

	PaymentRunController(PaymentRuns runs, PaymentRunFiles files) {
		this.runs = runs;
		this.files = files;
	}

	/** Checked by {@link PaymentRuns}: every problem of the body is a 400 naming its field. */
	record RunBody(@Size(max = TextLimits.LIST_ITEMS) List<@Size(max = TextLimits.ID) String> redemptionIds, LocalDate paidOn,
			@Size(max = TextLimits.SHORT_TEXT) String reference) {
	}

	record Payee(PaymentRunItem.PayeeType type, String id, String name, BankAccount bankAccount) {
	}

	record ItemView(String redemptionId, Money amount, Payee payee) {

		static ItemView of(PaymentRunItem item) {
			return new ItemView(item.redemptionId(), item.amount(),
					new Payee(item.payeeType(), item.payeeId(), item.payeeName(), item.bankAccount()));
		}
	}

	record RunView(String id, PaymentRun.Status status, String programId, String reference, LocalDate paidOn, int count,
			Money total, String recordedBy, Instant recordedAt, String releasedBy, Instant releasedAt,
			List<ItemView> items) {

		static RunView of(PaymentRun run, boolean withItems) {
			return new RunView(run.getId(), run.getStatus(), run.getProgramId(), run.getReference(), run.getPaidOn(),
					run.getCount(), run.getTotal(), run.getRecordedBy(), run.getRecordedAt(), run.getReleasedBy(),
					run.getReleasedAt(), withItems ? run.getItems().stream().map(ItemView::of).toList() : null);
		}
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	RunView record(@Valid @RequestBody RunBody body) {
		return RunView.of(runs.record(new PaymentRuns.Request(body.redemptionIds(), body.paidOn(), body.reference()),
				CurrentUser.require()), true);
	}

	/** A second finance officer releases a run over its program's threshold; then its claims are paid. */
	@PostMapping("/{id}/release")
	RunView release(@PathVariable String id) {
		return RunView.of(runs.release(id, CurrentUser.require()), true);
	}

	@GetMapping("/{id}")
	RunView get(@PathVariable String id) {
		return RunView.of(runs.get(id, CurrentUser.require()), true);
	}

	/** The runs of the caller's regions, newest first, without their items. */
	@GetMapping
	PageResult<RunView> list(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		PageResult<PaymentRun> found = runs.list(CurrentUser.require(),
				PageResult.request(page, size, Sort.by("recordedAt").descending().and(Sort.by("id"))));
		return new PageResult<>(found.items().stream().map(r -> RunView.of(r, false)).toList(), found.page(),
				found.size(), found.total());
	}

	/** {@code format=pain.001} (ISO 20022 pain.001.001.03 XML) or {@code format=xlsx}. */
	@GetMapping("/{id}/file")
	ResponseEntity<byte[]> file(@PathVariable String id, @RequestParam(required = false) String format) {
		CurrentUser user = CurrentUser.require();
		PaymentRunFiles.RunFile file;
		MediaType type;
		if ("pain.001".equals(format)) {
			file = files.pain001(id, user);
			type = MediaType.APPLICATION_XML;
		}
		else if ("xlsx".equals(format)) {
			file = files.xlsx(id, user);
			type = XLSX;
		}
		else {
			throw DomainException.invalid("format", "pain.001 or xlsx");
		}
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
			.body(file.content());
	}
}
