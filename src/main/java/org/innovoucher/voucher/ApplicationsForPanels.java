package org.innovoucher.voucher;

import java.util.List;
import java.util.Optional;

import org.innovoucher.enterprise.Enterprises;
import org.innovoucher.portal.Formats;
import org.innovoucher.expert.ReviewPanels;
import org.innovoucher.expert.ReviewSubject;
import org.innovoucher.expert.ReviewSubjectType;
import org.innovoucher.expert.ReviewSubjects;
import org.innovoucher.policy.ProgramRules;
import org.innovoucher.policy.Programs;
import org.innovoucher.shared.ServiceCategory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Voucher applications as expert panels see them (the {@link ReviewSubjects} SPI), and their panels
 * drawn as they enter review where the program sends applications to panels. The panel is drawn once
 * the application's move committed: a pool too small, or any trouble drawing, never stops the file.
 */
@Component
class ApplicationsForPanels implements ReviewSubjects {

	private static final Logger log = LoggerFactory.getLogger(ApplicationsForPanels.class);

	private final VoucherApplicationRepository applications;
	private final Enterprises enterprises;
	private final Programs programs;
	private final ReviewPanels panels;
	private final Formats formats;

	ApplicationsForPanels(VoucherApplicationRepository applications, Enterprises enterprises, Programs programs,
			ReviewPanels panels, Formats formats) {
		this.formats = formats;
		this.applications = applications;
		this.enterprises = enterprises;
		this.programs = programs;
		this.panels = panels;
	}

	@Override
	public ReviewSubjectType type() {
		return ReviewSubjectType.VOUCHER_APPLICATION;
	}

	@Override
	public Optional<ReviewSubject> find(String id) {
		return applications.findById(id).map(a -> {
			ProgramRules.Review review = rulesOf(a).review();
			ServiceCategory category = a.getServiceCategories().isEmpty() ? null
					: ServiceCategory.valueOf(a.getServiceCategories().get(0));
			var enterprise = enterprises.get(a.enterprise());
			return new ReviewSubject(type(), a.getId(), a.getRegionCode(), category, List.of(enterprise.getUscc()),
					review.expertReview(), review.checklistFor(category), enterprise.getName(),
					List.of(new ReviewSubject.Fact("expert.fact.enterprise", enterprise.getName()),
							new ReviewSubject.Fact("expert.fact.program", programs.get(a.program()).getName()),
							new ReviewSubject.Fact("expert.fact.denomination", formats.money(a.getDenomination())),
							new ReviewSubject.Fact("expert.fact.categories", String.join(", ", a.getServiceCategories())),
							new ReviewSubject.Fact("expert.fact.purpose", a.getPurpose())),
					List.of());
		});
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(VoucherEvents.ApplicationSubmitted e) {
		drawIfTheProgramSaysSo(e.applicationId());
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(VoucherEvents.ApplicationResubmitted e) {
		drawIfTheProgramSaysSo(e.applicationId());
	}

	private void drawIfTheProgramSaysSo(String applicationId) {
		try {
			applications.findById(applicationId)
				.filter(a -> Boolean.TRUE.equals(rulesOf(a).review().expertReview().applications()))
				.ifPresent(a -> panels.drawOnEntry(type(), a.getId()));
		}
		catch (RuntimeException e) {
			log.warn("no expert panel for application {}: {}", applicationId, e.toString());
		}
	}

	private ProgramRules rulesOf(VoucherApplication application) {
		return programs.rules(application.program(), application.getProgramVersion()).withDefaults();
	}
}
