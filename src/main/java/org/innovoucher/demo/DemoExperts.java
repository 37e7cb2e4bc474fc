package org.innovoucher.demo;

import java.util.EnumSet;

import org.innovoucher.expert.Experts;
import org.innovoucher.expert.ReviewPanels;
import org.innovoucher.expert.ReviewSubjectType;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.ServiceCategory;
import org.springframework.stereotype.Component;

/**
 * The demo's expert pool: four experts of Taiyuan, {@code demo-expert} among them, and a panel on the
 * application waiting for the Taiyuan bureau, so the expert has a file to score and the reviewer
 * sees the panel on the file page. Exactly three experts judge research and development, so the
 * panel is the same every time the demo is seeded.
 */
@Component
class DemoExperts {

	static final String EXPERT = "demo-expert";

	private final Experts experts;
	private final ReviewPanels panels;

	DemoExperts(Experts experts, ReviewPanels panels) {
		this.experts = experts;
		this.panels = panels;
	}

	void seed(CurrentUser operator, CurrentUser reviewer, String waitingApplication, String labUscc) {
		operator.runAs(() -> {
			register(operator, EXPERT, "刘示范（评审专家）", EnumSet.of(ServiceCategory.RESEARCH_DEVELOPMENT,
					ServiceCategory.TESTING_CERTIFICATION), null);
			register(operator, "demo-expert-wang", "王评审", EnumSet.of(ServiceCategory.RESEARCH_DEVELOPMENT,
					ServiceCategory.CONSULTING), null);
			register(operator, "demo-expert-li", "李评审", EnumSet.of(ServiceCategory.RESEARCH_DEVELOPMENT,
					ServiceCategory.TECHNOLOGY_TRANSFER), null);
			// employed by the laboratory: never drawn for the laboratory's claims
			register(operator, "demo-expert-chen", "陈评审", EnumSet.of(ServiceCategory.TESTING_CERTIFICATION), labUscc);
			return null;
		});
		reviewer.runAs(() -> panels.draw(ReviewSubjectType.VOUCHER_APPLICATION, waitingApplication, 3, reviewer));
	}

	private void register(CurrentUser operator, String username, String name, EnumSet<ServiceCategory> fields,
			String affiliation) {
		experts.register(new Experts.NewExpert(username, DemoData.PASSWORD, username + "@demo.innovoucher.cn", name, fields,
				affiliation, "140100"), operator);
	}
}
