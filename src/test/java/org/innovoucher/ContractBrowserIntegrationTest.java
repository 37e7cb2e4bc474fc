package org.innovoucher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.innovoucher.support.Api;
import org.innovoucher.support.Browser;
import org.innovoucher.support.IntegrationTestBase;
import org.innovoucher.support.TestData;
import org.innovoucher.support.World;
import org.innovoucher.support.World.Party;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * A contract through real pages in headless Chromium: the enterprise goes from a service's page to
 * a proposal, checks its answers and sends it; the institution finds it in its to-dos and accepts;
 * the enterprise sees the contract signed with the way to its claim; an agency does the same for an
 * enterprise it has chosen to act for, with that enterprise's name on every page. In Chinese, the default.
 */
class ContractBrowserIntegrationTest extends IntegrationTestBase {

	@RegisterExtension
	final Browser browser = new Browser();

	private World w;
	private Party enterprise;
	private Party lab;
	private String service;

	@BeforeEach
	void deal() {
		browser.port(port);
		w = world();
		String program = w.program("1000000.00");
		enterprise = w.enterprise();
		lab = w.institution(World.TAIYUAN, "TESTING_CERTIFICATION", "晋阳检测中心", List.of("TESTING_CERTIFICATION"));
		w.voucher(enterprise, program, "50000.00");
		service = w.service(lab, "电磁兼容检测", "TESTING_CERTIFICATION", "8000.00", 10);
	}

	@Test
	void an_enterprise_proposes_from_a_service_page_the_institution_accepts_and_the_enterprise_sees_it_signed() {
		signIn(enterprise);
		browser.open("/services/" + service);
		browser.follow(By.linkText("提出合同"));

		assertThat(browser.path()).isEqualTo("/workspace/contracts/new/details");
		assertThat(browser.heading()).isEqualTo("机构将提供什么服务？");
		assertThat(browser.find(By.id("amount")).getAttribute("value")).isEqualTo("8000.00");
		assertThat(browser.text()).contains("第 1 步，共 3 步", "晋阳检测中心", "每次 ¥8,000.00", "检验检测认证");
		browser.fullScreenshot("details");
		browser.type("title", "电磁兼容检测 新型充电器");
		browser.type("amount", "");
		submit();
		// a missing amount: said at the top and beside the field, focusable from the summary
		assertThat(browser.find(By.id("amount-error")).getText()).contains("请输入合同金额");
		assertThat(browser.find(By.cssSelector(".error-summary a")).getAttribute("href")).endsWith("#amount");
		assertThat(browser.find(By.id("title")).getAttribute("value")).isEqualTo("电磁兼容检测 新型充电器");
		browser.fullScreenshot("details-refused");
		browser.type("amount", "9500");
		submit();

		assertThat(browser.heading()).isEqualTo("用哪张创新券支付？");
		assertThat(browser.text()).contains("合同金额为 ¥9,500.00", "面值 ¥50,000.00，余额 ¥50,000.00");
		assertThat(browser.find(By.cssSelector("input[name=voucherId]")).isSelected()).isTrue();
		browser.fullScreenshot("voucher");
		submit();

		assertThat(browser.heading()).isEqualTo("发送前请核对合同提议");
		assertThat(browser.text()).contains("晋阳检测中心", "电磁兼容检测 新型充电器", "¥9,500.00", "2026年3月2日");
		browser.fullScreenshot("check");
		browser.phone();
		assertThat(browser.overflows()).isFalse();
		browser.fullScreenshot("check-360px");
		browser.desktop();
		submit();

		assertThat(browser.path()).startsWith("/workspace/contracts/");
		String contractPath = browser.path();
		assertThat(browser.text()).contains("合同提议已发送", "已提出，待机构确认", "正在等待晋阳检测中心");
		browser.fullScreenshot("proposed");
		signOut();

		signIn(lab);
		browser.open("/workspace");
		By todo = By.partialLinkText("答复企业 " + enterprise.username());
		browser.find(todo);
		browser.fullScreenshot("institution-todo");
		browser.follow(todo);
		assertThat(browser.path()).isEqualTo(contractPath);
		assertThat(browser.text()).contains("向您提出此合同", "接受提议", "拒绝提议");
		browser.fullScreenshot("institution-answers");
		browser.inView(By.id("decision-accept")).click();
		submit();
		assertThat(browser.text()).contains("您已接受该提议，合同已签订。", "已签订");
		browser.fullScreenshot("institution-accepted");
		browser.open("/workspace/contracts");
		assertThat(browser.text()).contains("目前没有待您答复的合同提议。", "电磁兼容检测 新型充电器");
		browser.fullScreenshot("institution-contracts");
		signOut();

		signIn(enterprise);
		browser.open("/workspace/contracts");
		assertThat(browser.text()).contains("电磁兼容检测 新型充电器", "晋阳检测中心", "¥9,500.00", "已签订");
		browser.fullScreenshot("enterprise-contracts");
		browser.follow(By.linkText("电磁兼容检测 新型充电器"));
		assertThat(browser.text()).contains("已接受，合同已签订");
		assertThat(browser.find(By.linkText("为此合同提交兑付申请")).getAttribute("href"))
			.endsWith("/workspace/claims/new?contractId=" + contractPath.substring(contractPath.lastIndexOf('/') + 1));
		browser.fullScreenshot("enterprise-signed");
		browser.phone();
		assertThat(browser.overflows()).isFalse();
		browser.fullScreenshot("enterprise-signed-360px");
	}

	@Test
	void an_agency_chooses_the_enterprise_it_acts_for_and_proposes_in_its_name_shown_on_every_page() {
		String agency = TestData.username("agency");
		assertThat(api.post("/api/v1/admin/users", w.admin, Api.obj("username", agency, "password", World.PASSWORD,
				"email", agency + "@agency.example.cn", "roles", List.of("AGENCY"), "regionCode", World.TAIYUAN))
			.status()).isEqualTo(201);
		assertThat(api.post("/api/v1/enterprises/" + enterprise.id() + "/delegations", enterprise.token(),
				Api.obj("agencyUsername", agency)).status()).isEqualTo(201);
		String name = "企业 " + enterprise.username();

		browser.signIn(agency, World.PASSWORD);
		browser.open("/services/" + service);
		browser.follow(By.linkText("提出合同"));
		// not chosen yet: asked first, then on to the proposal it started
		assertThat(browser.path()).isEqualTo("/workspace/acting-for");
		assertThat(browser.text()).contains("请先选择企业", name);
		browser.fullScreenshot("choose-first");
		browser.follow(By.cssSelector("main form button[type=submit]"));

		assertThat(browser.path()).isEqualTo("/workspace/contracts/new/details");
		assertThat(browser.find(By.cssSelector(".acting-for")).getText()).contains(name);
		browser.fullScreenshot("details-acting-for");
		submit();
		submit();
		assertThat(browser.heading()).isEqualTo("发送前请核对合同提议");
		assertThat(browser.find(By.cssSelector(".acting-for")).getText()).contains(name);
		submit();

		assertThat(browser.text()).contains("合同提议已发送", name);
		browser.fullScreenshot("proposed-acting-for");
		browser.phone();
		assertThat(browser.overflows()).isFalse();
		browser.fullScreenshot("proposed-acting-for-360px");
	}

	private void signIn(Party party) {
		browser.signIn(party.username(), World.PASSWORD);
		assertThat(browser.path()).isEqualTo("/workspace");
	}

	/** Signs out and waits for the signed-out page, so the next address is not overtaken by the sign-out's answer. */
	private void signOut() {
		browser.follow(By.cssSelector("header form button[type=submit]"));
		assertThat(browser.driver().findElements(By.cssSelector("header a[href='/login']"))).isNotEmpty();
	}

	/** Presses the form's button, as a person does at the end of a form, and waits for the answer. */
	private void submit() {
		browser.follow(By.cssSelector("main form[method=post] button[type=submit]"));
	}
}
