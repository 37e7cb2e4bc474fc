package org.innovoucher;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

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

/**
 * The public visitor in the catalog, through real pages in headless Chromium: search, filters with
 * their counts, orders, a service's page and its institution's. Each test's items carry a word of
 * their own that the visitor types beside 检测, so other tests' items stay out of the counts.
 */
class CatalogBrowserIntegrationTest extends IntegrationTestBase {

	@RegisterExtension
	final Browser browser = new Browser();

	private World w;
	private String tag;
	private World.Party lab;
	private String emc;
	private String platform;

	@BeforeEach
	void catalog() {
		browser.port(port);
		w = world();
		tag = "标记" + TestData.username("b").replace("-", "");
		World.Party university = w.institution(World.TAIYUAN, "UNIVERSITY", "晋阳理工大学",
				List.of("RESEARCH_DEVELOPMENT", "TESTING_CERTIFICATION"));
		lab = w.institution(World.DATONG, "TESTING_CERTIFICATION", "云冈计量院", List.of("TESTING_CERTIFICATION"));
		platform = w.service(university, "检验检测服务平台 " + tag, "TESTING_CERTIFICATION", "8000.00", 10);
		w.service(university, "材料检测分析 " + tag, "RESEARCH_DEVELOPMENT", "3000.00", 5);
		emc = w.service(lab, "电磁兼容检测 " + tag, "TESTING_CERTIFICATION", "500.00", 3);
	}

	@Test
	void a_visitor_searches_narrows_by_category_sorts_by_price_and_opens_a_service_and_its_institution() {
		browser.open("/services");
		assertThat(browser.heading()).isEqualTo("找服务");
		browser.type("q", "检测 " + tag);
		browser.click(By.cssSelector("form.catalog-search button[type=submit]"));

		assertThat(browser.path()).isEqualTo("/services");
		assertThat(browser.find(By.cssSelector(".catalog-total")).getText()).isEqualTo("共找到 3 项服务");
		assertThat(titles()).contains("检验检测服务平台 " + tag, "电磁兼容检测 " + tag);
		// the cities by name, the types in words, prices with the unit
		assertThat(browser.find(By.id("region")).getText()).contains("太原市 （2 项）", "大同市 （1 项）");
		assertThat(browser.find(By.id("type")).getText()).contains("高等院校 （2 项）");
		assertThat(browser.text()).contains("每次 ¥8,000.00", "10 天完成");
		browser.fullScreenshot("search");

		WebElement testing = facet("category", "检验检测认证");
		String count = testing.findElement(By.cssSelector(".facet-count")).getText();
		assertThat(count).isEqualTo("（2 项）");
		testing.click();
		assertThat(browser.find(By.cssSelector(".catalog-total")).getText()).isEqualTo("共找到 2 项服务");
		assertThat(titles()).hasSize(2).allMatch(t -> !t.startsWith("材料检测分析"));
		assertThat(facet("category", "检验检测认证").getText()).contains("取消");

		browser.click(By.linkText("价格从低到高"));
		assertThat(titles()).containsExactly("电磁兼容检测 " + tag, "检验检测服务平台 " + tag);
		assertThat(browser.find(By.cssSelector(".catalog-sort strong")).getText()).isEqualTo("价格从低到高");
		browser.fullScreenshot("narrowed-by-price");

		browser.click(By.linkText("电磁兼容检测 " + tag));
		assertThat(browser.path()).isEqualTo("/services/" + emc);
		assertThat(browser.heading()).isEqualTo("电磁兼容检测 " + tag);
		assertThat(browser.text()).contains("每次 ¥500.00", "3 天完成", "检验检测认证", "检验检测认证机构");
		// the public is asked to sign in before proposing a contract
		assertThat(browser.find(By.linkText("登录后提出合同")).getAttribute("href")).endsWith("/login");
		browser.fullScreenshot("service");

		browser.click(By.partialLinkText("云冈计量院"));
		assertThat(browser.path()).isEqualTo("/institutions/" + lab.id());
		assertThat(browser.heading()).startsWith("云冈计量院");
		assertThat(browser.text()).contains("大同市", "已认定", "CMA", "提供的服务（1）", "电磁兼容检测 " + tag);
		browser.fullScreenshot("institution");

		browser.click(By.linkText("全部服务机构"));
		assertThat(browser.path()).isEqualTo("/institutions");
		browser.screenshot("institutions");
	}

	@Test
	void a_bad_price_range_is_explained_beside_the_price_and_the_search_goes_on_without_it() {
		browser.open("/services?q=" + enc("检测 " + tag) + "&minPrice=9000&maxPrice=100");

		assertThat(browser.find(By.id("minPrice-error")).getText()).contains("最低价不能高于最高价");
		assertThat(browser.find(By.cssSelector(".error-summary a")).getAttribute("href")).endsWith("#minPrice");
		assertThat(browser.find(By.id("minPrice")).getAttribute("value")).isEqualTo("9000");
		assertThat(browser.find(By.cssSelector(".catalog-total")).getText()).isEqualTo("共找到 3 项服务");
		browser.screenshot("bad-price-range");

		browser.open("/services?q=" + enc("检测 " + tag) + "&category=NOT_A_CATEGORY&sort=cheapest&page=x");
		assertThat(browser.find(By.id("category-error")).getText()).contains("没有这种服务类别");
		assertThat(browser.find(By.id("sort-error")).getText()).contains("相关度");
		assertThat(browser.find(By.id("results-error")).getText()).contains("第一页");
		assertThat(browser.find(By.cssSelector(".catalog-total")).getText()).isEqualTo("共找到 3 项服务");
	}

	@Test
	void a_search_without_results_says_what_to_try_and_the_catalog_fits_a_small_phone() {
		browser.open("/services?q=" + enc("不存在的服务 " + tag));
		assertThat(browser.find(By.cssSelector(".no-results")).getText()).contains("没有符合条件的服务", "查看全部服务");
		browser.screenshot("no-results");
		// a filter that leaves nothing, or one the counts do not list (a province), can still be removed
		browser.open("/services?q=" + enc("不存在的服务 " + tag) + "&category=TESTING_CERTIFICATION");
		assertThat(browser.find(By.cssSelector("#category a.selected")).getText()).contains("检验检测认证", "（0 项）", "取消");
		browser.click(By.cssSelector("#category a.selected"));
		assertThat(browser.path()).isEqualTo("/services");
		assertThat(browser.driver().getCurrentUrl()).contains("q=").doesNotContain("category=");
		browser.open("/services?q=" + enc("检测 " + tag) + "&region=140000");
		assertThat(browser.find(By.cssSelector("#region a.selected")).getText()).contains("山西省", "（3 项）", "取消");
		assertThat(browser.find(By.id("region")).getText()).contains("太原市 （2 项）");
		browser.screenshot("province-chosen");

		browser.phone().open("/services?q=" + enc("检测 " + tag) + "&lang=en");
		assertThat(browser.find(By.cssSelector(".catalog-total")).getText()).isEqualTo("3 services found");
		assertThat(browser.text()).contains("¥8,000.00 per 次", "Taiyuan");
		Object overflow = ((JavascriptExecutor) browser.driver())
			.executeScript("return document.documentElement.scrollWidth > window.innerWidth");
		assertThat(overflow).isEqualTo(false);
		browser.fullScreenshot("search-360px");
	}

	private List<String> titles() {
		return browser.driver()
			.findElements(By.cssSelector(".service-card h2 a"))
			.stream()
			.map(WebElement::getText)
			.toList();
	}

	private WebElement facet(String name, String label) {
		return browser.driver()
			.findElements(By.cssSelector("#" + name + " a"))
			.stream()
			.filter(a -> a.getText().startsWith(label))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no filter " + label + " under " + name));
	}

	private static String enc(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}
}
