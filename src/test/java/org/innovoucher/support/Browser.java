package org.innovoucher.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser for the portal's journeys: headless Chromium from the distribution driven through
 * /usr/bin/chromedriver (no download at test time), a fresh profile per test, Chinese as the
 * browser's language as most visitors have it. Register it with {@code @RegisterExtension}; call
 * {@link #port} from the test's {@code @BeforeEach} with the app's random port. Screenshots of key
 * pages go to {@code target/screenshots/<test class>/<test>-<page>.png}.
 */
public final class Browser implements BeforeEachCallback, AfterEachCallback {

	public static final Path SCREENSHOTS = Paths.get("target", "screenshots");
	static final String CHROMEDRIVER = System.getProperty("innovoucher.test.chromedriver", "/usr/bin/chromedriver");
	static final String CHROMIUM = System.getProperty("innovoucher.test.chromium", "/usr/bin/chromium");
	static final int DESKTOP_WIDTH = 1280, DESKTOP_HEIGHT = 900;

	private WebDriver driver;
	private Path profile;
	private String base;
	private String testName;
	private String className;

	@Override
	public void beforeEach(ExtensionContext context) throws IOException {
		className = context.getRequiredTestClass().getSimpleName();
		testName = context.getRequiredTestMethod().getName();
		profile = Files.createTempDirectory("iv-chromium-");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-component-update", "--no-first-run", "--disable-dev-shm-usage",
				"--user-data-dir=" + profile.toAbsolutePath(), "--lang=zh-CN",
				"--window-size=" + DESKTOP_WIDTH + "," + DESKTOP_HEIGHT);
		options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(Paths.get(CHROMEDRIVER).toFile())
			.usingAnyFreePort()
			.build();
		driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
	}

	@Override
	public void afterEach(ExtensionContext context) throws IOException {
		if (context.getExecutionException().isPresent() && driver != null) {
			screenshot("failure");
		}
		if (driver != null) {
			driver.quit();
		}
		if (profile != null) {
			try (var files = Files.walk(profile)) {
				files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}

	/** The application under test. */
	public Browser port(int port) {
		this.base = "http://localhost:" + port;
		return this;
	}

	public Browser open(String path) {
		driver.get(base + path);
		return this;
	}

	public WebDriver driver() {
		return driver;
	}

	public String path() {
		return java.net.URI.create(driver.getCurrentUrl()).getPath();
	}

	public String title() {
		return driver.getTitle();
	}

	public String heading() {
		return find(By.tagName("h1")).getText();
	}

	public String text() {
		return find(By.tagName("body")).getText();
	}

	public String lang() {
		return find(By.tagName("html")).getAttribute("lang");
	}

	public WebElement find(By by) {
		return driver.findElement(by);
	}

	public void click(By by) {
		find(by).click();
	}

	/**
	 * Does what leads to another page (a click, Enter on a button, a chosen file sent by a script) and
	 * waits until that page has replaced this one: the action returns before the next page is there,
	 * and an address opened meanwhile would be overtaken by the late answer.
	 */
	public void andWaitForNextPage(Runnable action) {
		WebElement page = find(By.tagName("html"));
		action.run();
		new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
			try {
				page.isEnabled();
				return false;
			}
			catch (StaleElementReferenceException e) {
				return true;
			}
			catch (WebDriverException e) {
				// Chromium's way of saying the same of an element of a page that is gone
				return String.valueOf(e.getMessage()).contains("does not belong to the document");
			}
		});
	}

	/**
	 * Clicks what leads to another page, after scrolling it into the middle of the window, and
	 * waits for that page ({@link #andWaitForNextPage}).
	 */
	public void follow(By by) {
		andWaitForNextPage(() -> inView(by).click());
	}

	/**
	 * The element, scrolled at once into the middle of the window, as a person scrolls to what they
	 * click further down a page (Bootstrap scrolls smoothly, which would move it away under the click).
	 */
	public WebElement inView(By by) {
		WebElement element = find(by);
		((JavascriptExecutor) driver)
			.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
		return element;
	}

	/** Signs in on the login page and waits for the page it leads to. */
	public void signIn(String username, String password) {
		open("/login");
		type("username", username);
		type("password", password);
		follow(By.cssSelector("main form button[type=submit]"));
	}

	public void type(String id, String text) {
		WebElement input = find(By.id(id));
		input.clear();
		input.sendKeys(text);
	}

	/** A screen as wide as a small phone's (360 px). */
	public Browser phone() {
		driver.manage().window().setSize(new Dimension(360, 800));
		return this;
	}

	/** The desktop window every test starts with, e.g. after {@link #phone}. */
	public Browser desktop() {
		driver.manage().window().setSize(new Dimension(DESKTOP_WIDTH, DESKTOP_HEIGHT));
		return this;
	}

	/** Whether the page is wider than the window: a person would have to scroll sideways. */
	public boolean overflows() {
		return (Boolean) ((JavascriptExecutor) driver)
			.executeScript("return document.documentElement.scrollWidth > window.innerWidth");
	}

	/** Saves the page as it is now; the file name says the test and the page. */
	public Path screenshot(String page) {
		Path file = SCREENSHOTS.resolve(className).resolve(testName + "-" + page + ".png");
		try {
			Files.createDirectories(file.getParent());
			Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return file;
	}

	/** The whole page in one screenshot, however long: the window grows to the page's height first. */
	public Path fullScreenshot(String page) {
		Dimension before = driver.manage().window().getSize();
		Object height = ((org.openqa.selenium.JavascriptExecutor) driver)
			.executeScript("return document.documentElement.scrollHeight");
		driver.manage().window().setSize(new Dimension(before.getWidth(), Math.min(8000, ((Number) height).intValue() + 150)));
		try {
			return screenshot(page);
		}
		finally {
			driver.manage().window().setSize(before);
		}
	}
}
