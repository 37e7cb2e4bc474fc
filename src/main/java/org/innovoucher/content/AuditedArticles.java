package org.innovoucher.content;

import java.util.Map;

import org.innovoucher.audit.AuditedEntities;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The region of an article's audit entries: its program's, or its author's where it has none. */
@Component
class AuditedArticles extends AuditedEntities.Queries {

	AuditedArticles(JdbcClient jdbc) {
		super(jdbc, Map.of(ArticleEvents.ARTICLE, "select region_code from article where id = :id"));
	}
}
