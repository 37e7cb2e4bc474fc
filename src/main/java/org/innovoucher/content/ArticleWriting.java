package org.innovoucher.content;

import org.innovoucher.policy.Programs;
import org.innovoucher.shared.BusinessClock;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.Ids;
import org.innovoucher.shared.PageResult;
import org.innovoucher.shared.ProgramId;
import org.innovoucher.shared.Regions;
import org.innovoucher.shared.Role;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An operator writes articles, revises them and puts them before the public or takes them back:
 * national operators anywhere, regional ones for their region's programs and their own region.
 */
@Service
public class ArticleWriting {

	private final ArticleRepository articles;
	private final Programs programs;
	private final Regions regions;
	private final BusinessClock clock;

	ArticleWriting(ArticleRepository articles, Programs programs, Regions regions, BusinessClock clock) {
		this.articles = articles;
		this.programs = programs;
		this.regions = regions;
		this.clock = clock;
	}

	@Transactional
	public Article write(Article.Text text, boolean published, CurrentUser user) {
		requireOperator(user);
		String region = regionOf(text, user);
		return articles.save(Article.write(Ids.newId(), validated(text), region, published, clock.now()));
	}

	/** New text, and published or not; one audit entry whatever changed. */
	@Transactional
	public Article revise(String id, Article.Text text, boolean published, CurrentUser user) {
		requireOperator(user);
		Article article = articles.findById(id).orElseThrow(() -> DomainException.notFound("article", id));
		// an article outside the operator's region is not there for them
		if (!user.isStaffCovering(article.getRegionCode(), regions)) {
			throw DomainException.notFound("article", id);
		}
		String region = regionOf(text, user);
		article.revise(validated(text), region, published, clock.now());
		return articles.save(article);
	}

	/** An operator's article, published or not, within their region. */
	@Transactional(readOnly = true)
	public Article get(String id, CurrentUser user) {
		requireOperator(user);
		Article article = articles.findById(id).orElseThrow(() -> DomainException.notFound("article", id));
		if (!user.isStaffCovering(article.getRegionCode(), regions)) {
			throw DomainException.notFound("article", id);
		}
		return article;
	}

	/** The articles of the operator's regions, drafts too ({@code status} null), newest first as the public sees them. */
	@Transactional(readOnly = true)
	public PageResult<Article> list(Articles.Filter filter, Article.Status status, CurrentUser user, Pageable paging) {
		requireOperator(user);
		return PageResult.of(articles.findAll(Articles.matching(filter, status, regions.scope(user.regionCode())),
				paging), article -> article);
	}

	private static void requireOperator(CurrentUser user) {
		// the role first: anyone but an operator learns nothing about the article
		if (!user.has(Role.OPERATOR)) {
			throw DomainException.forbidden("articles are written by an operator");
		}
	}

	/** The program's region where the article belongs to one (which the operator must cover), else the operator's. */
	private String regionOf(Article.Text text, CurrentUser user) {
		if (text.programId() == null) {
			return user.regionCode() == null ? Regions.COUNTRY : user.regionCode();
		}
		String region = programs.get(ProgramId.of(text.programId())).getRegionCode();
		user.requireStaffCovering(Role.OPERATOR, region, regions);
		return region;
	}

	private static Article.Text validated(Article.Text text) {
		if (text.kind() == null) {
			throw DomainException.invalid("kind", "one of POLICY_INTERPRETATION, FAQ, GUIDE, SUCCESS_CASE");
		}
		if (text.lang() == null) {
			throw DomainException.invalid("lang", "one of zh-CN, en");
		}
		if (text.title() == null || text.title().isBlank()) {
			throw DomainException.invalid("title", "must not be blank");
		}
		if (text.body() == null || text.body().isBlank()) {
			throw DomainException.invalid("body", "must not be blank");
		}
		return new Article.Text(text.kind(), text.lang(), text.title().strip(), text.body(), text.programId());
	}
}
