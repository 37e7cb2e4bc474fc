package org.innovoucher.notification.web;

import java.util.List;

import org.innovoucher.notification.Notification;
import org.innovoucher.notification.Notifications;
import org.innovoucher.portal.Todo;
import org.innovoucher.portal.TodoSource;
import org.innovoucher.portal.WorkspaceLink;
import org.innovoucher.portal.WorkspaceLinks;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.PageResult;
import org.innovoucher.shared.web.Spreadsheet;
import org.innovoucher.shared.web.Spreadsheets;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The signed-in person's messages (the notifications), newest first, each in the page's language,
 * unread ones marked in words; and the count of unread ones in the workspace menu and to-do list.
 */
@Controller
class MessagesPage implements WorkspaceLinks, TodoSource {

	static final String PAGE = "/workspace/messages";
	static final int PAGE_SIZE = 20;
	private static final Sort NEWEST_FIRST = Sort.by("createdAt").descending().and(Sort.by("id"));

	/** One message as the page shows it: in the page's language. */
	record Shown(Notification notification, String subject, String body) {

		public boolean unread() {
			return notification.getReadAt() == null;
		}
	}

	private final Notifications notifications;
	private final Spreadsheets spreadsheets;

	MessagesPage(Notifications notifications, Spreadsheets spreadsheets) {
		this.notifications = notifications;
		this.spreadsheets = spreadsheets;
	}

	@Override
	public List<WorkspaceLink> linksFor(CurrentUser user) {
		return List.of(new WorkspaceLink(900, "menu.messages", PAGE, notifications.unreadCount(user)));
	}

	@Override
	public List<Todo> todosFor(CurrentUser user) {
		long unread = notifications.unreadCount(user);
		return unread == 0 ? List.of() : List.of(new Todo("todo.messages.unread", new Object[] { unread }, PAGE, null, null));
	}

	@GetMapping(PAGE)
	String messages(@RequestParam(defaultValue = "0") int page, Model model) {
		CurrentUser user = CurrentUser.require();
		PageResult<Notification> found = notifications.mine(user, false,
				PageResult.request(Math.max(page, 0), PAGE_SIZE, NEWEST_FIRST));
		java.util.Locale language = LocaleContextHolder.getLocale();
		model.addAttribute("messages", found);
		model.addAttribute("shown", found.items().stream()
			.map(n -> new Shown(n, Notifications.subjectIn(n, language), Notifications.bodyIn(n, language)))
			.toList());
		model.addAttribute("unread", notifications.unreadCount(user));
		return "notification/messages";
	}

	/**
	 * Every message as a workbook, in the page's language; reading it there marks none read. A message
	 * has no page of its own, so no address.
	 */
	@GetMapping(path = PAGE, params = Spreadsheets.FORMAT)
	ResponseEntity<byte[]> messagesWorkbook() {
		CurrentUser user = CurrentUser.require();
		java.util.Locale language = LocaleContextHolder.getLocale();
		Spreadsheet sheet = spreadsheets.sheet("messages.title")
			.column("xlsx.messages.subject", Spreadsheet.Kind.TEXT)
			.column("xlsx.messages.body", Spreadsheet.Kind.TEXT)
			.column("xlsx.messages.received", Spreadsheet.Kind.TIME)
			.column("xlsx.messages.due", Spreadsheet.Kind.DATE)
			.column("xlsx.messages.read", Spreadsheet.Kind.TIME);
		sheet.everyPage(page -> notifications.mine(user, false, PageResult.request(page, PageResult.MAX_SIZE, NEWEST_FIRST)),
				found -> found.forEach(n -> sheet.row(Notifications.subjectIn(n, language),
						Notifications.bodyIn(n, language), n.getCreatedAt(), n.getDueOn(), n.getReadAt())));
		return sheet.download("messages");
	}

	@PostMapping(PAGE + "/{id}/read")
	String read(@PathVariable String id, @RequestParam(defaultValue = "0") int page) {
		notifications.markRead(id, CurrentUser.require());
		return "redirect:" + PAGE + (page > 0 ? "?page=" + page : "") + "#message-" + id;
	}
}
