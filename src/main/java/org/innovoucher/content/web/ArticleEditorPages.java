package org.innovoucher.content.web;

import java.util.List;

import org.innovoucher.content.Article;
import org.innovoucher.content.ArticleKind;
import org.innovoucher.content.ArticleWriting;
import org.innovoucher.content.Articles;
import org.innovoucher.content.Language;
import org.innovoucher.policy.Program;
import org.innovoucher.policy.Programs;
import org.innovoucher.portal.PageErrors;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.ErrorCode;
import org.innovoucher.shared.PageResult;
import org.innovoucher.shared.Regions;
import org.innovoucher.shared.Role;
import org.innovoucher.shared.web.Spreadsheet;
import org.innovoucher.shared.web.Spreadsheets;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The operator's article editor: the articles of their regions, drafts too; a new one or a change in
 * one language, in Markdown with a preview rendered by the server through the public page's sanitiser
 * (the Preview button posts the form and shows it again, no JavaScript needed); publish or take back.
 * {@link ArticleWriting} writes, with the API's checks.
 */
@Controller
@RequestMapping("/workspace/articles")
class ArticleEditorPages {

	static final int PAGE_SIZE = 50;
	static final String FORM = "articleForm";
	static final String BASE = "/workspace/articles";
	private static final Sort LAST_CHANGED_FIRST = Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.desc("id"));

	private final ArticleWriting writing;
	private final Programs programs;
	private final Regions regions;
	private final PageErrors pageErrors;
	private final Spreadsheets spreadsheets;

	ArticleEditorPages(ArticleWriting writing, Programs programs, Regions regions, PageErrors pageErrors,
			Spreadsheets spreadsheets) {
		this.spreadsheets = spreadsheets;
		this.writing = writing;
		this.programs = programs;
		this.regions = regions;
		this.pageErrors = pageErrors;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "0") int page, Model model) {
		CurrentUser user = CurrentUser.require();
		model.addAttribute("articles", writing.list(new Articles.Filter(null, null, null), null, user,
				PageResult.request(Math.max(page, 0), PAGE_SIZE, LAST_CHANGED_FIRST)));
		return "content/editor/articles";
	}

	/** Every article of the list, drafts too, as a workbook. */
	@GetMapping(params = Spreadsheets.FORMAT)
	ResponseEntity<byte[]> listWorkbook() {
		CurrentUser user = CurrentUser.require();
		Spreadsheet sheet = spreadsheets.sheet("artws.title")
			.column("artws.column.title", Spreadsheet.Kind.TEXT)
			.column("artws.column.kind", Spreadsheet.Kind.TEXT)
			.column("artws.column.lang", Spreadsheet.Kind.TEXT)
			.column("artws.column.status", Spreadsheet.Kind.TEXT)
			.column("xlsx.artws.changed", Spreadsheet.Kind.TIME)
			.column("download.address", Spreadsheet.Kind.TEXT);
		sheet.everyPage(page -> writing.list(new Articles.Filter(null, null, null), null, user,
				PageResult.request(page, PageResult.MAX_SIZE, LAST_CHANGED_FIRST)),
				found -> found.forEach(a -> sheet.row(a.getTitle(), sheet.words("article.kind." + a.getKind()),
						sheet.words("artws.lang." + a.getLang().name()), sheet.words("artws.status." + a.getStatus()),
						a.getUpdatedAt(), BASE + "/" + a.getId() + "/edit")));
		return sheet.download("articles");
	}

	/** A blank article, or with {@code translating} the kind and program of one to write in the other language. */
	@GetMapping("/new")
	String blank(@RequestParam(required = false) String translating, Model model) {
		CurrentUser user = CurrentUser.require();
		ArticleForm form = translating == null ? new ArticleForm() : ArticleForm.translationOf(writing.get(translating, user));
		return form(model, user, null, form, null, PageErrors.Shown.NONE);
	}

	@PostMapping("/new")
	String add(@ModelAttribute(FORM) ArticleForm form, BindingResult binding,
			@RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect) {
		CurrentUser user = CurrentUser.require();
		return save(model, redirect, user, null, form, binding, action);
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable String id, Model model) {
		CurrentUser user = CurrentUser.require();
		Article article = writing.get(id, user);
		return form(model, user, article, ArticleForm.of(article), null, PageErrors.Shown.NONE);
	}

	@PostMapping("/{id}/edit")
	String change(@PathVariable String id, @ModelAttribute(FORM) ArticleForm form, BindingResult binding,
			@RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect) {
		CurrentUser user = CurrentUser.require();
		return save(model, redirect, user, writing.get(id, user), form, binding, action);
	}

	/** Publishes an article as it is, or takes it back from the public: the same revision as the API's. */
	@PostMapping("/{id}/publication")
	String publication(@PathVariable String id, @RequestParam boolean published, RedirectAttributes redirect) {
		CurrentUser user = CurrentUser.require();
		Article article = writing.get(id, user);
		Article.Text text = new Article.Text(article.getKind(), article.getLang(), article.getTitle(), article.getBody(),
				article.getProgramId());
		Article revised = writing.revise(id, text, published, user);
		return done(redirect, published ? "published" : "withdrawn", revised);
	}

	private String save(Model model, RedirectAttributes redirect, CurrentUser user, Article article, ArticleForm form,
			BindingResult binding, String action) {
		form.check(binding);
		if ("preview".equals(action)) {
			// shown even with fields missing: the preview is of the body, and the refusals stay beside their fields
			return form(model, user, article, form, Articles.preview(form.getBody()),
					binding.hasErrors() ? pageErrors.of(binding) : PageErrors.Shown.NONE);
		}
		if (binding.hasErrors()) {
			return form(model, user, article, form, null, pageErrors.of(binding));
		}
		Article saved;
		try {
			saved = article == null ? writing.write(form.toText(), form.isPublished(), user)
					: writing.revise(article.getId(), form.toText(), form.isPublished(), user);
		}
		catch (DomainException e) {
			if (e.code() == ErrorCode.FORBIDDEN && article != null) {
				throw e;
			}
			// a program the operator does not cover, or one that is not there: beside the program
			PageErrors.Shown shown = e.code() == ErrorCode.FORBIDDEN || e.code() == ErrorCode.NOT_FOUND
					? pageErrors.on("programId", "artws.form.programId.notYours") : pageErrors.of(e, "form");
			return form(model, user, article, form, null, shown);
		}
		return done(redirect, article == null ? "added" : "changed", saved);
	}

	private String done(RedirectAttributes redirect, String what, Article article) {
		redirect.addFlashAttribute("done", what);
		redirect.addFlashAttribute("doneTitle", article.getTitle());
		return "redirect:/workspace/articles";
	}

	private String form(Model model, CurrentUser user, Article article, ArticleForm form, String preview,
			PageErrors.Shown shown) {
		if (!user.has(Role.OPERATOR)) {
			throw DomainException.forbidden("articles are written by an operator");
		}
		model.addAttribute("article", article);
		model.addAttribute(FORM, form);
		model.addAttribute("kinds", ArticleKind.values());
		model.addAttribute("languages", Language.values());
		model.addAttribute("programs", programsOf(user));
		model.addAttribute("preview", preview);
		model.addAttribute(PageErrors.MODEL, shown);
		return "content/editor/article";
	}

	/** The programs an article of this operator may belong to: those of the regions they cover, newest first. */
	private List<Program> programsOf(CurrentUser user) {
		return programs.list(user, PageRequest.of(0, PageResult.MAX_SIZE, Sort.by(Sort.Order.desc("createdAt"))))
			.items()
			.stream()
			.filter(p -> user.isStaffCovering(p.getRegionCode(), regions))
			.toList();
	}
}
