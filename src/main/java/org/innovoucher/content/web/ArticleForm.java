package org.innovoucher.content.web;

import java.util.Arrays;

import org.innovoucher.content.Article;
import org.innovoucher.content.ArticleKind;
import org.innovoucher.content.Language;
import org.innovoucher.shared.TextLimits;
import org.springframework.validation.Errors;

/**
 * An article as the operator types it: every field text, so what was typed stays on the page after
 * a refusal or a preview. The limits are the API's.
 */
public class ArticleForm {

	private String kind;
	/** Not "lang": that name switches the page's language (?lang=en) wherever it is sent. */
	private String language;
	private String title;
	private String body;
	private String programId;
	private boolean published;

	static ArticleForm of(Article article) {
		ArticleForm form = new ArticleForm();
		form.kind = article.getKind().name();
		form.language = article.getLang().tag();
		form.title = article.getTitle();
		form.body = article.getBody();
		form.programId = article.getProgramId();
		form.published = article.isPublished();
		return form;
	}

	/** The same article's kind and program in the other language: the start of its translation. */
	static ArticleForm translationOf(Article article) {
		ArticleForm form = new ArticleForm();
		form.kind = article.getKind().name();
		form.language = (article.getLang() == Language.ZH_CN ? Language.EN : Language.ZH_CN).tag();
		form.programId = article.getProgramId();
		return form;
	}

	/** Each missing, too long or unknown field gets its message beside it. */
	void check(Errors errors) {
		if (parsedKind() == null) {
			errors.rejectValue("kind", "artws.form.kind.required");
		}
		if (parsedLang() == null) {
			errors.rejectValue("language", "artws.form.language.required");
		}
		required(errors, "title", title, TextLimits.NAME);
		required(errors, "body", body, TextLimits.MARKDOWN);
		if (programId != null && programId.length() > TextLimits.ID) {
			errors.rejectValue("programId", "artws.form.programId.unknown");
		}
	}

	Article.Text toText() {
		return new Article.Text(parsedKind(), parsedLang(), title, body,
				programId == null || programId.isBlank() ? null : programId);
	}

	private static void required(Errors errors, String field, String value, int max) {
		if (value == null || value.isBlank()) {
			errors.rejectValue(field, "artws.form." + field + ".required");
		}
		else if (value.length() > max) {
			errors.rejectValue(field, "artws.form.tooLong", new Object[] { max }, null);
		}
	}

	ArticleKind parsedKind() {
		return Arrays.stream(ArticleKind.values()).filter(k -> k.name().equals(kind)).findFirst().orElse(null);
	}

	Language parsedLang() {
		return Arrays.stream(Language.values()).filter(l -> l.tag().equals(language)).findFirst().orElse(null);
	}

	public String getKind() {
		return kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public String getLanguage() {
		return language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getBody() {
		return body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public String getProgramId() {
		return programId;
	}

	public void setProgramId(String programId) {
		this.programId = programId;
	}

	public boolean isPublished() {
		return published;
	}

	public void setPublished(boolean published) {
		this.published = published;
	}
}
