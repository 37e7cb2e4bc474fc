package org.innovoucher.content;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ArticleRepository extends JpaRepository<Article, String>, JpaSpecificationExecutor<Article> {
}
