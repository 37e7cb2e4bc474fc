package org.innovoucher.institution.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.web.util.UriComponentsBuilder;

class CatalogRequestUnitTest {

	@Test
	void aLinkKeepsTheSearchInItsOrderEncodesEveryValueAndDropsThePageUnlessAnotherIsAsked() {
		Map<String, String> sent = new LinkedHashMap<>();
		sent.put("sort", "price_asc");
		sent.put("q", "检测 C++ a&b=c #1/2?");
		sent.put("region", "140100");
		sent.put("page", "3");
		sent.put("unknown", "dropped");
		CatalogRequest request = new CatalogRequest(sent);

		String narrowed = request.with("category", "TESTING_CERTIFICATION");
		assertThat(narrowed).isEqualTo("/services?q=%E6%A3%80%E6%B5%8B%20C%2B%2B%20a%26b%3Dc%20%231/2?&category="
				+ "TESTING_CERTIFICATION&region=140100&sort=price_asc");
		assertThat(request.with("region", null, "sort", null)).isEqualTo(
				"/services?q=%E6%A3%80%E6%B5%8B%20C%2B%2B%20a%26b%3Dc%20%231/2?");
		assertThat(request.page(2)).endsWith("&sort=price_asc&page=2");
		assertThat(new CatalogRequest(Map.of()).page(0)).isEqualTo("/services");
		assertThat(new CatalogRequest(Map.of()).page(1)).isEqualTo("/services?page=1");

		// read back as a server reads it, every value is what was typed
		Map<String, String> read = UriComponentsBuilder.fromUriString(narrowed).build().getQueryParams().toSingleValueMap();
		read.replaceAll((name, value) -> org.springframework.web.util.UriUtils.decode(value, "UTF-8"));
		assertThat(read).containsEntry("q", "检测 C++ a&b=c #1/2?").containsEntry("category", "TESTING_CERTIFICATION");
	}
}
