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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Enterprises and institutions register themselves through the portal's pages in headless Chromium:
 * one small group of questions a page, then the check page, which alone registers.
 */
class RegistrationBrowserIntegrationTest extends IntegrationTestBase {

	@RegisterExtension
	final Browser browser = new Browser();

	@BeforeEach
	void openBrowser() {
		browser.port(port);
	}

	/** Presses the page's main button (continue, or register on the check page) and waits for the next page. */
	private void next() {
		follow(By.cssSelector("main form button.btn-primary"));
	}

	private void follow(By by) {
		browser.andWaitForNextPage(() -> inView(by).click());
	}

	/** Scrolls at once (a smooth scroll moves the element away under the click). */
	private WebElement inView(By by) {
		WebElement element = browser.find(by);
		((JavascriptExecutor) browser.driver())
			.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
		return element;
	}

	private boolean overflows() {
		return (Boolean) ((JavascriptExecutor) browser.driver())
			.executeScript("return document.documentElement.scrollWidth > window.innerWidth");
	}

	@Test
	void an_enterprise_registers_page_by_page_with_related_parties_checks_its_answers_changes_one_and_signs_in() {
		String username = TestData.username("ent");
		String uscc = TestData.uscc(World.XIAODIAN);
		String typo = uscc.substring(0, 17) + (uscc.charAt(17) == '0' ? '1' : '0');
		String owner = TestData.uscc(World.TAIYUAN);

		browser.open("/register/enterprise?lang=en");
		assertThat(browser.heading()).isEqualTo("Which enterprise is registering?");
		assertThat(browser.text()).contains("Register your enterprise", "Step 1 of 6");
		browser.fullScreenshot("who");

		browser.type("uscc", typo);
		// the check while typing, before anything is sent
		assertThat(browser.find(By.id("uscc-check")).getText())
			.contains("The last character is " + typo.charAt(17) + ", but for the first 17 characters it must be "
					+ uscc.charAt(17));
		inView(By.id("uscc"));
		browser.screenshot("uscc-checked-while-typing");
		browser.type("name", "Taiyuan Precision Optics " + username);
		browser.type("legalRepresentative", "Wang Li");
		browser.type("industry", "Optical instruments");
		next();
		// the server says the same, beside the field and in the summary linking to it, on the same page
		assertThat(browser.path()).isEqualTo("/register/enterprise/step/who");
		assertThat(browser.find(By.id("uscc-error")).getText()).contains("it must be " + uscc.charAt(17));
		assertThat(browser.find(By.cssSelector(".error-summary a")).getAttribute("href")).endsWith("#uscc");
		assertThat(browser.find(By.id("industry")).getAttribute("value")).isEqualTo("Optical instruments");
		browser.fullScreenshot("uscc-refused-by-the-server");
		browser.type("uscc", uscc);
		assertThat(browser.find(By.id("uscc-check")).getText()).contains("well formed");
		next();

		assertThat(browser.heading()).isEqualTo("Where is your enterprise registered?");
		new Select(browser.find(By.id("regionCode"))).selectByValue(World.XIAODIAN);
		next();
		assertThat(browser.heading()).isEqualTo("How large is your enterprise?");
		inView(By.id("sizeClass-SMALL")).click();
		next();

		// related parties: a row more without losing the one typed, each code checked as typed
		assertThat(browser.heading()).isEqualTo("Related enterprises and institutions");
		browser.type("relatedParties-0", "91140105MA0LO");
		assertThat(browser.find(By.id("relatedParties-0-check")).getText()).contains("The character O at position 13");
		browser.type("relatedParties-0", owner);
		follow(By.cssSelector("main form button[name=add]"));
		assertThat(browser.find(By.id("relatedParties-0")).getAttribute("value")).isEqualTo(owner);
		browser.type("relatedParties-1", "91140105MA0L");
		next();
		assertThat(browser.find(By.id("relatedParties-1-error")).getText())
			.contains("Related party 2: The code has 18 characters; you have typed 12.");
		browser.fullScreenshot("related-refused");
		follow(By.cssSelector("main form button[name=remove][value='1']"));
		assertThat(browser.driver().findElements(By.name("relatedParties"))).hasSize(1);
		next();

		assertThat(browser.heading()).isEqualTo("Your account and phone number");
		browser.type("username", username);
		browser.type("password", World.PASSWORD);
		browser.type("email", username + "@corp.example.cn");
		browser.type("contactPhone", "0351 1234567");
		next();

		assertThat(browser.path()).isEqualTo("/register/enterprise/check");
		assertThat(browser.heading()).isEqualTo("Check your answers before registering");
		assertThat(browser.text()).contains(uscc, "Taiyuan Precision Optics " + username, "Wang Li",
				"Taiyuan · Xiaodian District", "Small", owner, username, "0351 1234567");
		browser.fullScreenshot("check");

		// "change" goes to the question with its answer, and back to the check page
		follow(By.cssSelector("a[href='/register/enterprise/step/size#sizeClass']"));
		assertThat(browser.find(By.id("sizeClass-SMALL")).isSelected()).isTrue();
		inView(By.id("sizeClass-MEDIUM")).click();
		next();
		assertThat(browser.path()).isEqualTo("/register/enterprise/check");
		assertThat(browser.text()).contains("Medium-sized", owner, "Taiyuan Precision Optics " + username);

		next();
		assertThat(browser.path()).isEqualTo("/register/enterprise/done");
		assertThat(browser.heading()).isEqualTo("Your enterprise is registered");
		assertThat(browser.text()).contains("Sign in with your username " + username, "apply for a voucher");
		browser.screenshot("registered");

		follow(By.linkText("Sign in"));
		browser.type("username", username);
		browser.type("password", World.PASSWORD);
		follow(By.cssSelector("main button[type=submit]"));
		assertThat(browser.path()).isEqualTo("/workspace");
		assertThat(browser.heading()).isEqualTo("Hello, " + username);
	}

	@Test
	void an_institution_registers_page_by_page_and_sees_that_it_awaits_recognition() {
		String username = TestData.username("lab");

		browser.open("/register/institution?lang=en");
		browser.type("uscc", TestData.uscc(World.TAIYUAN));
		browser.type("name", "Shanxi Materials Testing Centre " + username);
		next();
		new Select(browser.find(By.id("regionCode"))).selectByValue(World.TAIYUAN);
		next();
		new Select(browser.find(By.id("type"))).selectByValue("TESTING_CERTIFICATION");
		next();
		// no service ticked: said beside the group of boxes
		assertThat(browser.find(By.id("categories-error")).getText()).contains("Tick at least one kind of service.");
		assertThat(new Select(browser.find(By.id("type"))).getFirstSelectedOption().getText())
			.isEqualTo("Testing and certification body");
		browser.fullScreenshot("no-category-ticked");
		inView(By.id("categories-TESTING_CERTIFICATION")).click();
		inView(By.id("categories-NOVELTY_SEARCH")).click();
		next();
		browser.type("qualifications", "CMA 2024-0001");
		next();
		// no related party: the empty box is an answer
		next();
		browser.type("username", username);
		browser.type("password", World.PASSWORD);
		browser.type("email", username + "@lab.example.cn");
		next();
		assertThat(browser.text()).contains("Testing and certification body", "Novelty search", "CMA 2024-0001",
				"None declared");
		next();

		assertThat(browser.path()).isEqualTo("/register/institution/done");
		assertThat(browser.text()).contains("Your registration is received", "Status: Awaiting recognition",
				"The operator of the voucher scheme checks your institution");
		browser.screenshot("awaits-recognition");
	}

	@Test
	void the_enterprise_pages_and_the_check_page_fit_a_small_phone() {
		browser.phone().open("/register/enterprise?lang=en");
		assertThat(overflows()).isFalse();
		browser.type("uscc", "91140105MA0LOOOO");
		assertThat(browser.find(By.id("uscc-check")).getText()).contains("The character O at position 13");
		browser.fullScreenshot("who-360px");

		String username = TestData.username("ent");
		browser.type("uscc", TestData.uscc(World.XIAODIAN));
		browser.type("name", "Xiaodian Sensors " + username);
		browser.type("legalRepresentative", "Zhang San");
		browser.type("industry", "Sensors");
		next();
		new Select(browser.find(By.id("regionCode"))).selectByValue(World.XIAODIAN);
		next();
		inView(By.id("sizeClass-MICRO")).click();
		next();
		browser.type("relatedParties-0", TestData.uscc(World.TAIYUAN));
		follow(By.cssSelector("main form button[name=add]"));
		assertThat(overflows()).isFalse();
		browser.fullScreenshot("related-360px");
		next();
		browser.type("username", username);
		browser.type("password", World.PASSWORD);
		browser.type("email", username + "@corp.example.cn");
		browser.type("contactPhone", "13800000000");
		next();
		assertThat(browser.path()).isEqualTo("/register/enterprise/check");
		assertThat(overflows()).isFalse();
		browser.fullScreenshot("check-360px");
	}
}
