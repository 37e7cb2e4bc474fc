package org.innovoucher.shared.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/** Describes the API at /v3/api-docs, browsable at /swagger-ui.html, with bearer authentication. */
@Configuration
class OpenApiConfiguration {

	@Bean
	OpenAPI innovoucherApi() {
		return new OpenAPI()
			.info(new Info().title("innovoucher API")
				.version("v1")
				.description("Science and technology innovation vouchers (科技创新券), end to end. Money is a string "
						+ "in yuan with two decimals; errors are application/problem+json with a stable code.")
				.license(new License().name("Apache-2.0")))
			.components(new Components().addSecuritySchemes("bearer",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
			.addSecurityItem(new SecurityRequirement().addList("bearer"));
	}
}
