package org.innovoucher.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.innovoucher.identity.Accounts;
import org.innovoucher.identity.UserAccount;
import org.innovoucher.notification.Notifications;
import org.innovoucher.shared.BusinessClock;
import org.innovoucher.shared.ClockProperties;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.DeadlineSource;
import org.innovoucher.shared.DeadlineSource.OpenStep;
import org.innovoucher.shared.RegionCode;
import org.innovoucher.shared.Regions;
import org.innovoucher.shared.Role;
import org.innovoucher.shared.WorkingDays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Which files are overdue for whom, and that each missed step reaches the supervisors once. */
class DeadlineEscalationUnitTest {

	/** Wednesday 18 March 2026, at noon in China. */
	static final Instant NOW = Instant.parse("2026-03-18T04:00:00Z");
	static final String TAIYUAN = "140100";
	static final String DATONG = "140200";

	/** Due Monday 16 March: two working days overdue on the 18th. */
	static final OpenStep REVIEW = new OpenStep("REDEMPTION", "claim-1", "CLAIM_REVIEW", LocalDate.of(2026, 3, 16),
			TAIYUAN, "太原测试科技有限公司", "/workspace/review/claims/claim-1");
	/** Due Friday 13 March, in Datong. */
	static final OpenStep PAYMENT = new OpenStep("REDEMPTION", "claim-2", "PAYMENT", LocalDate.of(2026, 3, 13), DATONG,
			"大同测试科技有限公司", "/workspace/review/claims/claim-2");
	/** Due Tuesday 10 March. */
	static final OpenStep APPLICATION = new OpenStep("VOUCHER_APPLICATION", "app-1", "APPLICATION_REVIEW",
			LocalDate.of(2026, 3, 10), TAIYUAN, "太原测试科技有限公司", "/workspace/review/applications/app-1");

	/** The escalations table, in memory. */
	static final class RecordedEscalations extends Escalations {

		final Map<Key, Instant> rows = new HashMap<>();

		RecordedEscalations() {
			super(null);
		}

		@Override
		Map<Key, Instant> escalatedAt(Collection<OpenStep> steps) {
			return Map.copyOf(rows);
		}

		@Override
		boolean isEscalated(OpenStep step) {
			return rows.containsKey(Key.of(step));
		}

		@Override
		void record(OpenStep step, Instant at, int recipients) {
			rows.put(Key.of(step), at);
		}
	}

	final RecordedEscalations escalations = new RecordedEscalations();
	final Accounts accounts = mock(Accounts.class);
	final Notifications notifications = mock(Notifications.class);
	final BusinessClock clock = new BusinessClock(new ClockProperties(true), event -> {
	});
	final WorkingDays weekdays = new WorkingDays(null) {
		@Override
		public boolean isWorkingDay(LocalDate day) {
			return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
		}
	};
	/** Taiyuan's staff act in Taiyuan; the province's in both cities. */
	final Regions regions = new Regions(null) {
		@Override
		public List<String> scope(String regionCode) {
			return TAIYUAN.equals(regionCode) ? List.of(TAIYUAN) : List.of("140000", TAIYUAN, DATONG);
		}
	};
	/** A source that, like the modules', lists only what was due before today and is in the regions asked for. */
	final DeadlineSource claims = (today, scope) -> List.of(REVIEW, PAYMENT)
		.stream()
		.filter(s -> s.dueOn().isBefore(today) && (scope == null || scope.contains(s.regionCode())))
		.toList();
	final DeadlineSource applications = (today, scope) -> List.of(APPLICATION)
		.stream()
		.filter(s -> s.dueOn().isBefore(today) && (scope == null || scope.contains(s.regionCode())))
		.toList();

	OverdueFiles files;
	EscalationJob job;

	@BeforeEach
	void wire() {
		clock.set(NOW);
		files = new OverdueFiles(List.of(claims, applications), escalations, regions, weekdays, clock);
		job = new EscalationJob(files,
				new SupervisorEscalation(escalations, accounts, notifications, weekdays, clock), clock, null);
	}

	static CurrentUser staff(Role role, String regionCode) {
		return new CurrentUser("u-" + role, role.name().toLowerCase(), Set.of(role), regionCode, null, null);
	}

	@Test
	void staffSeeTheOverdueFilesOfTheirRegionsTheLongestOverdueFirstWithWorkingDaysLateAndWhenEscalated() {
		escalations.rows.put(Escalations.Key.of(APPLICATION), NOW.minusSeconds(3600));

		List<OverdueFiles.Overdue> taiyuan = files.of(staff(Role.SUPERVISOR, TAIYUAN));
		assertThat(taiyuan).extracting(o -> o.step().subjectId()).containsExactly("app-1", "claim-1");
		assertThat(taiyuan).extracting(OverdueFiles.Overdue::workingDaysOverdue).containsExactly(6, 2);
		assertThat(taiyuan.get(0).escalatedAt()).isEqualTo(NOW.minusSeconds(3600));
		assertThat(taiyuan.get(1).escalatedAt()).isNull();

		CurrentUser province = staff(Role.BUREAU_REVIEWER, "140000");
		assertThat(files.of(province)).extracting(o -> o.step().subjectId()).containsExactly("app-1", "claim-2", "claim-1");
		assertThat(files.count(province)).isEqualTo(3);
		assertThat(files.count(staff(Role.ENTERPRISE, null))).isZero();
	}

	@Test
	void eachMissedStepIsEscalatedToTheRegionsSupervisorsOnceHoweverOftenTheJobRuns() {
		UserAccount supervisor = mock(UserAccount.class);
		when(accounts.staffCovering(eq(Role.SUPERVISOR), any(RegionCode.class))).thenReturn(List.of(supervisor));

		assertThat(job.run()).isEqualTo(3);
		assertThat(job.run()).isZero();

		verify(notifications, times(1)).tell(eq(List.of(supervisor)), eq(SupervisorEscalation.KIND), eq("REDEMPTION"),
				eq("claim-1"), eq(REVIEW.dueOn()), any(), eq("太原测试科技有限公司"), eq("2026-03-16"), eq("2"));
		verify(notifications, times(3)).tell(anyList(), anyString(), anyString(), anyString(), any(), any(Object[].class));
		assertThat(escalations.rows).containsOnlyKeys(Escalations.Key.of(REVIEW), Escalations.Key.of(PAYMENT),
				Escalations.Key.of(APPLICATION));
	}

	@Test
	void aStepNoSupervisorCoversIsNotMarkedEscalatedSoOneAppointedLaterStillHears() {
		when(accounts.staffCovering(eq(Role.SUPERVISOR), any(RegionCode.class))).thenReturn(List.of());
		assertThat(job.run()).isZero();
		assertThat(escalations.rows).isEmpty();

		when(accounts.staffCovering(eq(Role.SUPERVISOR), any(RegionCode.class))).thenReturn(List.of(mock(UserAccount.class)));
		assertThat(job.run()).isEqualTo(3);
	}
}
