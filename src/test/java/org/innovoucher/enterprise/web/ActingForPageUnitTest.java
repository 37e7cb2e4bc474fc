package org.innovoucher.enterprise.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("After choosing an enterprise, the agency goes on only to a page of the workspace")
class ActingForPageUnitTest {

	@ParameterizedTest
	@ValueSource(strings = { "/workspace/contracts/new?serviceId=abc&lang=en", "/workspace/contracts",
			"/workspace/claims/new?contractId=1" })
	void a_page_of_the_workspace_is_gone_on_to(String next) {
		assertThat(ActingForPage.isWorkspacePage(next)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://elsewhere.example/workspace/", "//elsewhere.example/workspace/",
			"/workspace//elsewhere.example", "/workspace/\\elsewhere.example", "/workspace", "/login",
			"/workspace/contracts/{id}", "/workspace/a\r\nLocation: https://elsewhere.example", "" })
	void any_other_address_is_not(String next) {
		assertThat(ActingForPage.isWorkspacePage(next)).isFalse();
	}
}
