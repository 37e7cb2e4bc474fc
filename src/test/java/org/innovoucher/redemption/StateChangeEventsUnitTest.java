package org.innovoucher.redemption;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.innovoucher.audit.AuditedEvent;
import org.innovoucher.policy.SubsidySchedule;
import org.innovoucher.redemption.Redemption.Status;
import org.innovoucher.shared.AggregateRoot;
import org.innovoucher.shared.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Claims, notices and objections raise exactly one audited event per change")
class StateChangeEventsUnitTest {

	static final LocalDate TODAY = RedemptionUnitTest.TODAY;
	static final Instant NOW = Instant.parse("2026-06-20T02:00:00Z");
	static final SubsidySchedule.Outcome PRICED = RedemptionUnitTest.PRICED;

	/** The operation that makes each move of Redemption.Status.MOVES, and the audit action it writes. */
	record Move(String action, Consumer<Redemption> operation) {
	}

	static Move moveOf(Status from, Status to) {
		return switch (to) {
			case AWAITING_CONFIRMATION -> new Move("CLAIM_SUBMITTED", c -> c.submit(TODAY, TODAY.plusDays(7), PRICED));
			case WITHDRAWN -> new Move("CLAIM_WITHDRAWN", Redemption::withdraw);
			case DISPUTED -> new Move("CLAIM_DISPUTED", c -> c.dispute("not delivered"));
			case UNDER_REVIEW -> switch (from) {
				case IN_PUBLIC_NOTICE -> new Move("CLAIM_REOPENED", c -> c.reopen("objection upheld: forged"));
				// a sealed letter confirms at submission: the claim goes from the claimant's hands to review
				case DRAFT, RETURNED -> new Move("CLAIM_SUBMITTED_WITH_LETTER",
						c -> c.submitWithLetter(TODAY, TODAY.plusDays(14), PRICED));
				default -> new Move("CLAIM_CONFIRMED", c -> c.confirm(TODAY, TODAY.plusDays(14), PRICED));
			};
			case APPROVED -> new Move("CLAIM_APPROVED", c -> c.approve(Money.of(60000), TODAY, "ok", "reviewer-1"));
			case REJECTED -> new Move("CLAIM_REJECTED", c -> c.unbindAs(Status.REJECTED, TODAY, "not innovative"));
			case RETURNED -> new Move("CLAIM_RETURNED", c -> c.unbindAs(Status.RETURNED, TODAY, "invoice unreadable"));
			case IN_PUBLIC_NOTICE -> new Move("CLAIM_IN_PUBLIC_NOTICE", c -> c.enterNotice("notice-9", TODAY.plusDays(7)));
			case READY_FOR_PAYMENT -> new Move("CLAIM_READY_FOR_PAYMENT", c -> c.readyForPayment(TODAY.plusDays(14)));
			case PAID -> new Move("CLAIM_PAID", c -> c.pay(TODAY, "BANK-REF-9", "finance-1"));
			case CLAWED_BACK -> new Move("CLAIM_CLAWED_BACK", c -> c.clawBack("forged invoice"));
			case DRAFT -> throw new IllegalArgumentException("nothing moves back to a draft");
		};
	}

	static Stream<Arguments> everyAllowedMove() {
		return Status.MOVES.entrySet().stream()
			.flatMap(e -> e.getValue().stream().map(to -> Arguments.of(e.getKey(), to)));
	}

	/** The audited events an aggregate raised while {@code work} ran. */
	static <A extends AggregateRoot<A>> List<AuditedEvent> raisedBy(A aggregate, Runnable work) {
		int before = aggregate.raisedEvents().size();
		work.run();
		List<Object> raised = aggregate.raisedEvents();
		List<AuditedEvent> audited = new ArrayList<>();
		for (Object event : raised.subList(before, raised.size())) {
			if (event instanceof AuditedEvent a) {
				audited.add(a);
			}
		}
		return audited;
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@MethodSource("everyAllowedMove")
	void every_allowed_move_of_a_claim_raises_one_audited_event_with_its_from_and_to(Status from, Status to) {
		Redemption claim = RedemptionUnitTest.inStatus(from);
		Move move = moveOf(from, to);
		List<AuditedEvent> events = raisedBy(claim, () -> move.operation().accept(claim));
		assertThat(claim.getStatus()).isEqualTo(to);
		assertThat(events).singleElement().satisfies(e -> {
			assertThat(e.action()).isEqualTo(move.action());
			assertThat(e.entityType()).isEqualTo("REDEMPTION");
			assertThat(e.entityId()).isEqualTo(claim.getId());
			assertThat(e.from()).isEqualTo(from.name());
			assertThat(e.to()).isEqualTo(to.name());
		});
	}

	@Test
	void a_new_claim_raises_its_creation_with_what_was_paid_and_is_payable() {
		Redemption claim = RedemptionUnitTest.draft();
		assertThat(claim.raisedEvents()).singleElement().isInstanceOfSatisfying(AuditedEvent.class, e -> {
			assertThat(e.action()).isEqualTo("CLAIM_CREATED");
			assertThat(e.from()).isNull();
			assertThat(e.to()).isEqualTo("DRAFT");
			assertThat(e.reason()).isEqualTo("paid 80000.00, payable 65000.00");
		});
	}

	@Test
	void changes_without_a_move_raise_one_audited_event_that_keeps_the_status() {
		Redemption draft = RedemptionUnitTest.draft();
		assertThat(raisedBy(draft, () -> draft.revise(Money.of(30000), "revised", Outputs.NONE,
				new SubsidySchedule.Outcome(Money.of(30000), Money.ZERO, Money.of(30000)))))
			.singleElement()
			.satisfies(e -> assertAudited(e, "CLAIM_REVISED", "DRAFT", "DRAFT", "paid 30000.00, payable 30000.00"));
		assertThat(raisedBy(draft, () -> draft.addEvidence(Attachment.Kind.INVOICE, "ab12")))
			.singleElement()
			.satisfies(e -> assertAudited(e, "EVIDENCE_ADDED", "DRAFT", "DRAFT", "INVOICE ab12"));
		Redemption clawedBack = RedemptionUnitTest.inStatus(Status.CLAWED_BACK);
		assertThat(raisedBy(clawedBack, () -> clawedBack.recover(Money.of(10000), TODAY, "REC-1")))
			.singleElement()
			.satisfies(e -> assertAudited(e, "CLAWBACK_RECOVERED", "CLAWED_BACK", "CLAWED_BACK",
					"10000.00 on " + TODAY + " ref REC-1, outstanding 55000.00"));
	}

	@Test
	void a_decision_names_its_outcome_and_keeps_the_reasons_text() {
		Redemption claim = RedemptionUnitTest.inStatus(Status.UNDER_REVIEW);
		assertThat(raisedBy(claim, () -> claim.unbindAs(Status.RETURNED, TODAY, "invoice unreadable")))
			.singleElement()
			.satisfies(e -> assertAudited(e, "CLAIM_RETURNED", "UNDER_REVIEW", "RETURNED", "invoice unreadable"));
		assertThat(claim.raisedEvents()).last().isInstanceOf(RedemptionEvents.ClaimDecided.class);
	}

	@Test
	void a_notice_raises_one_audited_event_when_published_held_and_closed() {
		PublicNotice notice = PublicNoticeUnitTest.open();
		assertThat(notice.raisedEvents()).isEmpty();
		assertThat(raisedBy(notice, () -> notice.published(2)))
			.singleElement()
			.satisfies(e -> assertAudited(e, "NOTICE_OPENED", null, "OPEN", "2 claims until 2026-06-05"));
		LocalDate after = PublicNoticeUnitTest.ENDS.plusDays(1);
		assertThat(raisedBy(notice, () -> notice.holdForObjections(after, 1)))
			.singleElement()
			.satisfies(e -> assertAudited(e, "NOTICE_HELD", "OPEN", "OPEN",
					"1 objection(s) not resolved after the end on 2026-06-05"));
		assertThat(raisedBy(notice, () -> notice.holdForObjections(after, 1))).as("told once a day").isEmpty();

		Redemption claim = RedemptionUnitTest.inStatus(Status.APPROVED);
		claim.enterNotice(notice.getId(), notice.getEndsOn());
		List<AuditedEvent> claimEvents = raisedBy(claim,
				() -> assertThat(raisedBy(notice, () -> notice.close(after, NOW, 0, List.of(claim), c -> after.plusDays(14))))
					.singleElement()
					.satisfies(e -> assertAudited(e, "NOTICE_CLOSED", "OPEN", "CLOSED", "1 claims ready for payment")));
		assertThat(claimEvents).singleElement()
			.satisfies(e -> assertAudited(e, "CLAIM_READY_FOR_PAYMENT", "IN_PUBLIC_NOTICE", "READY_FOR_PAYMENT",
					"payment due " + after.plusDays(14)));
	}

	@Test
	void an_objection_raises_its_filing_by_the_public_and_its_resolution() {
		for (Map.Entry<Boolean, String> outcome : Map.of(true, "UPHELD", false, "DISMISSED").entrySet()) {
			Objection objection = PublicNoticeUnitTest.objection();
			assertThat(objection.raisedEvents()).singleElement().isInstanceOfSatisfying(AuditedEvent.class, e -> {
				assertAudited(e, "OBJECTION_FILED", null, "OPEN", "against claim claim-1");
				assertThat(e.actor()).isEqualTo("public");
			});
			assertThat(raisedBy(objection, () -> objection.resolve(outcome.getKey(), "checked", "operator", NOW)))
				.singleElement()
				.satisfies(e -> {
					assertAudited(e, "OBJECTION_" + outcome.getValue(), "OPEN", outcome.getValue(), "checked");
					assertThat(e.entityType()).isEqualTo("OBJECTION");
					assertThat(e.actor()).isNull();
				});
		}
	}

	static void assertAudited(AuditedEvent e, String action, String from, String to, String reason) {
		assertThat(e.action()).isEqualTo(action);
		assertThat(e.from()).isEqualTo(from);
		assertThat(e.to()).isEqualTo(to);
		assertThat(e.reason()).isEqualTo(reason);
	}
}
