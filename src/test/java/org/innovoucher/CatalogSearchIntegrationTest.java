package org.innovoucher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.innovoucher.support.ProblemAssert.assertInvalid;
import static org.innovoucher.support.ProblemAssert.assertProblem;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.innovoucher.support.Api;
import org.innovoucher.support.Api.Response;
import org.innovoucher.support.IntegrationTestBase;
import org.innovoucher.support.TestData;
import org.innovoucher.support.World;
import org.innovoucher.support.World.Party;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The catalog search over HTTP: Chinese words and their synonyms, every filter with its counts, the
 * orders, paging, and that only active items of recognised institutions are ever found. Each test
 * tags its items with a word of its own and searches with it, so other tests' items stay out.
 */
class CatalogSearchIntegrationTest extends IntegrationTestBase {

	@Autowired
	private JdbcClient jdbc;

	private World w;
	private String tag;
	private Party university;
	private Party lab;
	private String platform;
	private String assay;
	private String development;
	private String emc;

	@BeforeEach
	void catalog() {
		w = world();
		tag = "标记" + TestData.username("q").replace("-", "");
		// a university in a district of Taiyuan (counted under the city) and a lab in Datong
		university = recognised(World.XIAODIAN, "UNIVERSITY", "晋阳理工大学",
				List.of("RESEARCH_DEVELOPMENT", "TESTING_CERTIFICATION"));
		lab = recognised(World.DATONG, "TESTING_CERTIFICATION", "云冈计量院", List.of("TESTING_CERTIFICATION"));
		platform = add(university, "检验检测服务平台 " + tag, "RESEARCH_DEVELOPMENT", "8000.00", 10);
		assay = add(university, "材料化验 " + tag, "RESEARCH_DEVELOPMENT", "3000.00", 5);
		development = add(university, "新产品研究开发 " + tag, "RESEARCH_DEVELOPMENT", "60000.00", 30);
		emc = add(lab, "电磁兼容实验 " + tag, "TESTING_CERTIFICATION", "500.00", 3);
	}

	@Test
	void aChineseWordFindsTheItemsWhoseTextHasItAmongOtherWords() {
		// 检验检测服务平台 is cut into 检验/检测/服务/平台; the lab's item is found by its category's name 检验检测
		assertThat(ids(search("q=" + enc("检测 " + tag)))).containsExactlyInAnyOrder(platform, assay, emc);
		assertThat(ids(search("q=" + enc("电磁兼容 " + tag)))).containsExactly(emc);
		assertThat(ids(search("q=" + enc("不存在的服务 " + tag)))).isEmpty();
	}

	@Test
	void aSynonymFindsItemsThatNeverSayTheWordTyped() {
		// the platform says 检验检测 and never 化验: found through the synonym list
		assertThat(ids(search("q=" + enc("化验 " + tag)))).contains(assay, platform).doesNotContain(development);
		assertThat(ids(search("q=" + enc("测试 " + tag)))).contains(platform, assay);
	}

	@Test
	void theBestMatchComesFirst() {
		// every research item says 研究开发 by its category; only one says it in its title
		List<String> found = ids(search("q=" + enc("研究开发 " + tag)));
		assertThat(found).containsExactlyInAnyOrder(development, platform, assay);
		assertThat(found.get(0)).isEqualTo(development);
	}

	@Test
	void facetsCountWhatMatchedByCategoryCityTypeAndPriceRange() {
		Response all = search("q=" + enc(tag));
		assertThat(all.body().get("total").asLong()).isEqualTo(4);
		assertThat(counts(all, "category")).containsExactlyInAnyOrderEntriesOf(
				Map.of("RESEARCH_DEVELOPMENT", 3L, "TESTING_CERTIFICATION", 1L));
		assertThat(counts(all, "region")).containsExactlyInAnyOrderEntriesOf(Map.of(World.TAIYUAN, 3L, World.DATONG, 1L));
		assertThat(counts(all, "type")).containsExactlyInAnyOrderEntriesOf(
				Map.of("UNIVERSITY", 3L, "TESTING_CERTIFICATION", 1L));
		assertThat(counts(all, "price")).containsExactly(Map.entry("0-1000", 1L), Map.entry("1000-5000", 1L),
				Map.entry("5000-20000", 1L), Map.entry("50000-100000", 1L));
		JsonNode firstRange = all.body().get("facets").get("price").get(0);
		assertThat(firstRange.get("min").asText()).isEqualTo("0.00");
		assertThat(firstRange.get("max").asText()).isEqualTo("1000.00");
	}

	@Test
	void eachFilterNarrowsTheItemsAndTheirCounts() {
		Response testing = search("q=" + enc(tag) + "&category=TESTING_CERTIFICATION");
		assertThat(ids(testing)).containsExactly(emc);
		assertThat(counts(testing, "category")).containsExactly(Map.entry("TESTING_CERTIFICATION", 1L));
		assertThat(counts(testing, "region")).containsExactly(Map.entry(World.DATONG, 1L));

		Response universities = search("q=" + enc(tag) + "&type=UNIVERSITY");
		assertThat(ids(universities)).containsExactlyInAnyOrder(platform, assay, development);
		assertThat(counts(universities, "type")).containsExactly(Map.entry("UNIVERSITY", 3L));

		assertThat(ids(search("q=" + enc(tag) + "&regionCode=" + World.DATONG))).containsExactly(emc);
		assertThat(ids(search("q=" + enc(tag) + "&regionCode=" + World.XIAODIAN))).hasSize(3);
		assertThat(ids(search("q=" + enc(tag) + "&regionCode=" + World.TAIYUAN))).hasSize(3);
		assertThat(ids(search("q=" + enc(tag) + "&regionCode=" + World.PROVINCE))).hasSize(4);

		Response band = search("q=" + enc(tag) + "&minPrice=1000&maxPrice=8000.00");
		assertThat(ids(band)).containsExactlyInAnyOrder(platform, assay);
		assertThat(counts(band, "price")).containsExactly(Map.entry("1000-5000", 1L), Map.entry("5000-20000", 1L));
		assertThat(ids(search("q=" + enc(tag) + "&minPrice=8000"))).containsExactlyInAnyOrder(platform, development);
		assertThat(ids(search("q=" + enc(tag) + "&maxPrice=500"))).containsExactly(emc);
		assertThat(ids(search("q=" + enc(tag) + "&type=UNIVERSITY&maxPrice=5000"))).containsExactly(assay);
	}

	@Test
	void itemsAreOrderedByPriceOrLeadTimeAndPaged() {
		assertThat(ids(search("q=" + enc(tag) + "&sort=price_asc"))).containsExactly(emc, assay, platform, development);
		assertThat(ids(search("q=" + enc(tag) + "&sort=price_desc"))).containsExactly(development, platform, assay, emc);
		assertThat(ids(search("q=" + enc(tag) + "&sort=lead_time"))).containsExactly(emc, assay, platform, development);
		Response second = search("q=" + enc(tag) + "&sort=price_asc&page=1&size=2");
		assertThat(ids(second)).containsExactly(platform, development);
		assertThat(second.body().get("total").asLong()).isEqualTo(4);
		assertThat(second.body().get("page").asInt()).isEqualTo(1);
		assertThat(second.body().get("size").asInt()).isEqualTo(2);
		assertThat(ids(search("q=" + enc(tag) + "&sort=price_asc&page=2&size=2"))).isEmpty();
	}

	@Test
	void aChangedItemIsFoundByItsNewWordsOnTheNextRequestAndOnlyItsInstitutionMayChangeIt() {
		Map<String, Object> changed = Api.obj("title", "噪声与振动检测 " + tag, "category", "TESTING_CERTIFICATION",
				"description", "声学实验室", "price", "1800.00", "priceUnit", "每项", "leadTimeDays", 6);
		Response refused = api.put("/api/v1/institutions/" + university.id() + "/services/" + emc, university.token(),
				changed);
		assertThat(refused.status()).as("%s", refused).isIn(403, 404);
		Response done = api.put("/api/v1/institutions/" + lab.id() + "/services/" + emc, lab.token(), changed);
		assertThat(done.status()).as("%s", done).isEqualTo(200);
		assertThat(done.body().get("price").asText()).isEqualTo("1800.00");
		assertThat(ids(search("q=" + enc("振动 " + tag)))).containsExactly(emc);
		assertThat(ids(search("q=" + enc(tag) + "&sort=price_asc"))).containsExactly(emc, assay, platform, development);
	}

	@Test
	void anAddedItemIsFoundAndAWithdrawnOneGoneOnTheNextRequest() {
		String added = add(lab, "噪声检测 " + tag, "TESTING_CERTIFICATION", "1500.00", 7);
		assertThat(ids(search("q=" + enc(tag)))).contains(added).hasSize(5);
		Response withdrawn = api.delete("/api/v1/institutions/" + lab.id() + "/services/" + added, lab.token());
		assertThat(withdrawn.status()).isEqualTo(200);
		Response after = search("q=" + enc(tag));
		assertThat(ids(after)).doesNotContain(added).hasSize(4);
		assertThat(counts(after, "category")).containsEntry("TESTING_CERTIFICATION", 1L);
	}

	@Test
	void unrecognisedInstitutionsAreNeverShownAndASuspensionHidesTheirCatalog() {
		Party pending = w.pendingInstitution(World.TAIYUAN, List.of("TESTING_CERTIFICATION"));
		add(pending, "检测 " + tag, "TESTING_CERTIFICATION", "100.00", 1);
		assertThat(ids(search("q=" + enc(tag)))).hasSize(4);

		decide(lab, "SUSPEND");
		Response suspended = search("q=" + enc(tag));
		assertThat(ids(suspended)).containsExactlyInAnyOrder(platform, assay, development);
		assertThat(counts(suspended, "type")).containsExactly(Map.entry("UNIVERSITY", 3L));
		decide(lab, "REINSTATE");
		assertThat(ids(search("q=" + enc(tag)))).contains(emc).hasSize(4);
		decide(pending, "APPROVE");
		assertThat(ids(search("q=" + enc(tag)))).hasSize(5);
	}

	@Test
	void anItemWrittenByAnotherInstanceIsFoundOnceTheIndexCaughtUp() {
		// another instance of the application writes to the same database: no event reaches this one
		String id = insertAsAnotherInstance("振动试验 " + tag, java.time.Instant.now());
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(ids(search("q=" + enc(tag)))).contains(id));
		jdbc.sql("update service_item set active = false, version = version + 1, changed_at = current_timestamp where id = :id")
			.param("id", id)
			.update();
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(ids(search("q=" + enc(tag)))).doesNotContain(id).hasSize(4));
	}

	@Test
	void anItemStampedBeforeOneAlreadyFoundButCommittedAfterItIsFoundToo() {
		// another instance writes one item, found once the index caught up; a transaction of that
		// instance begun twenty seconds earlier commits only now
		String first = insertAsAnotherInstance("振动试验 " + tag, java.time.Instant.now());
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(ids(search("q=" + enc(tag)))).contains(first));
		String late = insertAsAnotherInstance("冲击试验 " + tag, java.time.Instant.now().minusSeconds(20));
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(ids(search("q=" + enc(tag)))).contains(late));
	}

	private String insertAsAnotherInstance(String title, java.time.Instant stamped) {
		String id = java.util.UUID.randomUUID().toString();
		jdbc.sql("""
				insert into service_item (id, institution_id, title, category, description, price, price_unit,
				lead_time_days, standards, active, created_at, version, changed_at)
				values (:id, :institution, :title, 'TESTING_CERTIFICATION', '说明', 900.00, '次', 2, null, true,
				current_timestamp, 0, :stamped)""")
			.param("id", id)
			.param("institution", lab.id())
			.param("title", title)
			.param("stamped", java.sql.Timestamp.from(stamped))
			.update();
		return id;
	}

	@Test
	void anAdministratorRebuildsTheIndexWhole() {
		Response rebuilt = api.post("/api/v1/admin/jobs/catalog-reindex", w.admin, Map.of());
		assertThat(rebuilt.status()).as("%s", rebuilt).isEqualTo(200);
		assertThat(ids(search("q=" + enc(tag)))).containsExactlyInAnyOrder(platform, assay, development, emc);
		assertProblem(api.post("/api/v1/admin/jobs/catalog-reindex", w.operator, Map.of()), 403, "FORBIDDEN");
	}

	@Test
	void badSearchParametersAreProblemsNamingTheField() {
		assertInvalid(search("minPrice=5000&maxPrice=1000"), "minPrice");
		assertInvalid(search("minPrice=-1"), "minPrice");
		assertInvalid(search("maxPrice=cheap"), "maxPrice");
		assertInvalid(search("sort=cheapest"), "sort");
		assertInvalid(search("page=-1"), "page");
		assertInvalid(search("size=100000"), "size");
		assertProblem(search("category=ALCHEMY"), 400, "VALIDATION_FAILED");
		assertProblem(search("type=GUILD"), 400, "VALIDATION_FAILED");
		assertProblem(search("regionCode=999999"), 400, "VALIDATION_FAILED");
		// a page past the results is empty, not an error
		Response far = search("q=" + enc(tag) + "&page=100000000&size=200");
		assertThat(far.status()).isEqualTo(200);
		assertThat(far.body().get("items")).isEmpty();
		assertThat(far.body().get("total").asLong()).isEqualTo(4);
	}

	private Party recognised(String region, String type, String name, List<String> categories) {
		return w.institution(region, type, name, categories);
	}

	private void decide(Party institution, String decision) {
		Response decided = api.post("/api/v1/institutions/" + institution.id() + "/recognition", w.operator,
				Api.obj("decision", decision, "reason", "test"));
		assertThat(decided.status()).as("%s", decided).isEqualTo(200);
	}

	private String add(Party institution, String title, String category, String price, int leadTimeDays) {
		return w.service(institution, title, category, price, leadTimeDays);
	}

	private Response search(String query) {
		return api.get("/api/v1/services?" + query, null);
	}

	private static List<String> ids(Response response) {
		assertThat(response.status()).as("%s", response).isEqualTo(200);
		List<String> ids = new ArrayList<>();
		response.body().get("items").forEach(item -> ids.add(item.get("id").asText()));
		return ids;
	}

	private static Map<String, Long> counts(Response response, String facet) {
		Map<String, Long> counts = new LinkedHashMap<>();
		response.body().get("facets").get(facet).forEach(c -> counts.put(c.get("value").asText(), c.get("count").asLong()));
		return counts;
	}

	private static String enc(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}
}
