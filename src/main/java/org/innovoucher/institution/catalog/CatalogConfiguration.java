package org.innovoucher.institution.catalog;

import org.innovoucher.shared.Region;
import org.innovoucher.shared.Regions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CatalogConfiguration {

	@Bean
	CatalogAnalyzers catalogAnalyzers() {
		return CatalogAnalyzers.load();
	}

	/** The facet counts an institution in its city, the filter finds it under every region above it. */
	@Bean
	CatalogFields catalogFields(Regions regions) {
		return new CatalogFields(regions::selfAndAncestors, code -> regions.selfAndAncestors(code)
			.stream()
			.map(regions::find)
			.flatMap(java.util.Optional::stream)
			.filter(r -> "CITY".equals(r.level()))
			.map(Region::code)
			.findFirst()
			.orElse(code));
	}
}
