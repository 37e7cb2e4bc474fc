package org.innovoucher.voucher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.ErrorCode;
import org.innovoucher.shared.Money;
import org.innovoucher.voucher.VoucherApplication.Status;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("VoucherApplication: submitted, returned, resubmitted, approved, rejected, withdrawn")
class VoucherApplicationUnitTest {

	static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

	/** Each named operation and the status it leads to. */
	static final Map<Status, Consumer<VoucherApplication>> OPERATIONS = Map.of(
			Status.APPROVED, a -> a.approve("voucher-9", TODAY, "approved"),
			Status.REJECTED, a -> a.reject(TODAY, "rejected"),
			Status.RETURNED, a -> a.returnForChanges(TODAY, "returned"),
			Status.SUBMITTED, a -> a.resubmit(Money.of(100000), "revised purpose", List.of("RESEARCH_DEVELOPMENT"), 2, TODAY, "2026",
					LocalDate.of(2026, 3, 24)),
			Status.WITHDRAWN, VoucherApplication::withdraw);

	static final Map<Status, Set<Status>> ALLOWED = Map.of(
			Status.SUBMITTED, EnumSet.of(Status.APPROVED, Status.REJECTED, Status.RETURNED, Status.WITHDRAWN),
			Status.RETURNED, EnumSet.of(Status.SUBMITTED, Status.WITHDRAWN),
			Status.APPROVED, EnumSet.noneOf(Status.class),
			Status.REJECTED, EnumSet.noneOf(Status.class),
			Status.WITHDRAWN, EnumSet.noneOf(Status.class));

	@Test
	void a_new_application_is_submitted_with_its_review_due_date() {
		VoucherApplication application = VoucherFixtures.submitted();
		assertThat(application.getStatus()).isEqualTo(Status.SUBMITTED);
		assertThat(application.getReviewDueOn()).isEqualTo(LocalDate.of(2026, 3, 16));
		assertThat(application.getVoucherId()).isNull();
	}

	@ParameterizedTest
	@EnumSource(Status.class)
	void every_allowed_move_is_made_and_every_other_refused_with_invalid_state(Status from) {
		for (Status to : Status.values()) {
			VoucherApplication application = VoucherFixtures.inStatus(from);
			if (ALLOWED.get(from).contains(to)) {
				OPERATIONS.get(to).accept(application);
				assertThat(application.getStatus()).isEqualTo(to);
			}
			else {
				assertThatThrownBy(() -> OPERATIONS.get(to).accept(application)).isInstanceOfSatisfying(
						DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_STATE));
				assertThat(application.getStatus()).isEqualTo(from);
				assertThatThrownBy(() -> application.requireCanMoveTo(to)).isInstanceOf(DomainException.class);
			}
		}
	}

	@Test
	void approval_records_the_voucher_the_day_and_the_reason() {
		VoucherApplication application = VoucherFixtures.submitted();
		assertThat(application.approve("voucher-9", TODAY, "complete file")).isEqualTo(Status.SUBMITTED);
		assertThat(application.getVoucherId()).isEqualTo("voucher-9");
		assertThat(application.getDecidedOn()).isEqualTo(TODAY);
		assertThat(application.getDecisionReason()).isEqualTo("complete file");
	}

	@Test
	void a_resubmission_takes_the_new_content_and_a_new_review_deadline() {
		VoucherApplication application = VoucherFixtures.inStatus(Status.RETURNED);
		assertThat(application.getDecidedOn()).isNotNull();
		assertThat(application.resubmit(Money.of(100000), "revised purpose", List.of("RESEARCH_DEVELOPMENT"), 2, TODAY, "2026",
				LocalDate.of(2026, 3, 24))).isEqualTo(Status.RETURNED);
		assertThat(application.getDenomination()).isEqualTo(Money.of(100000));
		assertThat(application.getPurpose()).isEqualTo("revised purpose");
		assertThat(application.getServiceCategories()).containsExactly("RESEARCH_DEVELOPMENT");
		assertThat(application.getProgramVersion()).isEqualTo(2);
		assertThat(application.getSubmittedOn()).isEqualTo(TODAY);
		assertThat(application.getReviewDueOn()).isEqualTo(LocalDate.of(2026, 3, 24));
		assertThat(application.getDecidedOn()).isNull();
	}

	@Test
	void checking_a_move_changes_nothing() {
		VoucherApplication application = VoucherFixtures.submitted();
		application.requireCanMoveTo(Status.APPROVED);
		assertThat(application.getStatus()).isEqualTo(Status.SUBMITTED);
	}

	@Test
	void open_and_approved_applications_count_against_the_allowance_closed_ones_do_not() {
		assertThat(EnumSet.allOf(Status.class).stream().filter(Status::isActive))
			.containsExactlyInAnyOrder(Status.SUBMITTED, Status.RETURNED, Status.APPROVED);
	}
}
