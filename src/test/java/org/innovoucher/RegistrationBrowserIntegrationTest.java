package org.innovoucher;

import static org.assertj.core.api.Assertions.assertThat;

import org.innovoucher.support.Browser;
import org.innovoucher.support.IntegrationTestBase;
import org.innovoucher.support.TestData;
import org.innovoucher.support.World;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

/** Enterprises and institutions register themselves through the portal's forms in headless Chromium. */
class RegistrationBrowserIntegrationTest extends IntegrationTestBase {

	@RegisterExtension
	final Browser browser = new Browser();

	@BeforeEach
	void openBrowser() {
		browser.port(port);
	}

	private void fillAccount(String username) {
		browser.type("username", username);
		browser.type("password", World.PASSWORD);
		browser.type("email", username + "@corp.example.cn");
	}

	/** Scrolls to the button and presses it, as a person does at the end of a long form. */
	private void submit() {
		clickInView(By.cssSelector("main form button[type=submit]"));
	}

	private void clickInView(By by) {
		scrollTo(by).click();
	}

	private org.openqa.selenium.WebElement scrollTo(By by) {
		var element = browser.find(by);
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
		return element;
	}

	@Test
	void an_enterprise_is_told_of_a_wrong_check_character_while_typing_and_by_the_server_then_registers_and_signs_in() {
		String username = TestData.username("ent");
		String uscc = TestData.uscc(World.XIAODIAN);
		String typo = uscc.substring(0, 17) + (uscc.charAt(17) == '0' ? '1' : '0');

		browser.open("/register/enterprise?lang=en");
		assertThat(browser.heading()).isEqualTo("Register your enterprise");
		browser.fullScreenshot("form");

		fillAccount(username);
		browser.type("uscc", typo);
		// the check while typing, before anything is sent
		assertThat(browser.find(By.id("uscc-check")).getText())
			.contains("The last character is " + typo.charAt(17) + ", but for the first 17 characters it must be "
					+ uscc.charAt(17));
		scrollTo(By.id("uscc"));
		browser.screenshot("uscc-checked-while-typing");
		browser.type("name", "Taiyuan Precision Optics " + username);
		new Select(browser.find(By.id("regionCode"))).selectByValue(World.XIAODIAN);
		clickInView(By.id("sizeClass-SMALL"));
		browser.type("industry", "Optical instruments");
		browser.type("legalRepresentative", "Wang Li");
		browser.type("contactPhone", "0351 1234567");

		submit();
		// the server says the same, beside the field and in the summary linking to it
		assertThat(browser.path()).isEqualTo("/register/enterprise");
		assertThat(browser.find(By.id("uscc-error")).getText()).contains("it must be " + uscc.charAt(17));
		assertThat(browser.find(By.cssSelector(".error-summary a")).getAttribute("href")).endsWith("#uscc");
		assertThat(new Select(browser.find(By.id("regionCode"))).getFirstSelectedOption().getText())
			.isEqualTo("Taiyuan · Xiaodian District");
		browser.fullScreenshot("uscc-refused-by-the-server");

		browser.type("uscc", uscc);
		assertThat(browser.find(By.id("uscc-check")).getText()).contains("well formed");
		browser.type("password", World.PASSWORD);
		submit();

		assertThat(browser.path()).isEqualTo("/register/enterprise/done");
		assertThat(browser.heading()).isEqualTo("Your enterprise is registered");
		assertThat(browser.text()).contains("Sign in with your username " + username, "apply for a voucher");
		browser.screenshot("registered");

		browser.click(By.linkText("Sign in"));
		browser.type("username", username);
		browser.type("password", World.PASSWORD);
		browser.click(By.cssSelector("main button[type=submit]"));
		assertThat(browser.path()).isEqualTo("/workspace");
		assertThat(browser.heading()).isEqualTo("Hello, " + username);
		browser.screenshot("workspace");
	}

	@Test
	void an_institution_registers_and_sees_that_it_awaits_recognition() {
		String username = TestData.username("lab");

		browser.open("/register/institution?lang=en");
		fillAccount(username);
		browser.type("uscc", TestData.uscc(World.TAIYUAN));
		browser.type("name", "Shanxi Materials Testing Centre " + username);
		new Select(browser.find(By.id("regionCode"))).selectByValue(World.TAIYUAN);
		new Select(browser.find(By.id("type"))).selectByValue("TESTING_CERTIFICATION");
		submit();

		// no service ticked: said beside the group of boxes
		assertThat(browser.find(By.id("categories-error")).getText()).contains("Tick at least one kind of service.");
		browser.fullScreenshot("no-category-ticked");

		clickInView(By.id("categories-TESTING_CERTIFICATION"));
		clickInView(By.id("categories-NOVELTY_SEARCH"));
		browser.type("password", World.PASSWORD);
		browser.type("qualifications", "CMA 2024-0001");
		submit();

		assertThat(browser.path()).isEqualTo("/register/institution/done");
		assertThat(browser.text()).contains("Your registration is received", "Status: Awaiting recognition",
				"The operator of the voucher scheme checks your institution");
		browser.screenshot("awaits-recognition");
	}

	@Test
	void the_enterprise_form_fits_a_small_phone() {
		browser.phone().open("/register/enterprise?lang=en");
		Object overflow = ((JavascriptExecutor) browser.driver())
			.executeScript("return document.documentElement.scrollWidth > window.innerWidth");
		assertThat(overflow).isEqualTo(false);
		browser.type("uscc", "91140105MA0L");
		browser.type("uscc", "91140105MA0LOOOO");
		assertThat(browser.find(By.id("uscc-check")).getText()).contains("The character O at position 13");
		browser.fullScreenshot("form-360px");
	}
}
