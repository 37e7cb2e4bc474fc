package org.innovoucher.notification.web;

import java.time.Instant;
import java.time.LocalDate;

import org.innovoucher.notification.Notification;
import org.innovoucher.notification.Notifications;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.PageResult;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/notifications")
@Tag(name = "Notifications")
class NotificationController {

	private final Notifications notifications;

	NotificationController(Notifications notifications) {
		this.notifications = notifications;
	}

	record NotificationView(String id, String kind, String subject, String body, String entityType, String entityId,
			LocalDate dueOn, Notification.EmailStatus emailStatus, Instant createdAt, Instant readAt) {

		static NotificationView of(Notification n) {
			return new NotificationView(n.getId(), n.getKind(), n.getSubject(), n.getBody(), n.getEntityType(),
					n.getEntityId(), n.getDueOn(), n.getEmailStatus(), n.getCreatedAt(), n.getReadAt());
		}
	}

	/** The caller's own notifications, newest first. */
	@GetMapping
	PageResult<NotificationView> mine(@RequestParam(defaultValue = "false") boolean unread,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		PageResult<Notification> found = notifications.mine(CurrentUser.require(), unread,
				PageResult.request(page, size, Sort.by("createdAt").descending()));
		return new PageResult<>(found.items().stream().map(NotificationView::of).toList(), found.page(), found.size(),
				found.total());
	}

	@PostMapping("/{id}/read")
	NotificationView read(@PathVariable String id) {
		return NotificationView.of(notifications.markRead(id, CurrentUser.require()));
	}
}
