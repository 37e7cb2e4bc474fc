package org.innovoucher.notification;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.innovoucher.identity.UserAccount;
import org.innovoucher.shared.BusinessClock;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.Ids;
import org.innovoucher.shared.PageResult;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Pageable;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes notifications, in Chinese and in English, and emails them where a mail server is
 * configured ({@code spring.mail.host}), after the transaction that wrote them committed
 * ({@link NotificationMailer}). A mail failure is recorded, never lost silently, and never undoes
 * the notification.
 */
@Service
public class Notifications {

	private static final Locale[] LANGUAGES = { Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH };
	static final String SUBJECT_SEPARATOR = " / ";
	static final String BODY_SEPARATOR = "\n\n";

	private final NotificationRepository notifications;
	private final MessageSource messages;
	private final ObjectProvider<JavaMailSender> mail;
	private final BusinessClock clock;
	private final NotificationMailer mailer;

	Notifications(NotificationRepository notifications, MessageSource messages, ObjectProvider<JavaMailSender> mail,
			BusinessClock clock, NotificationMailer mailer) {
		this.notifications = notifications;
		this.messages = messages;
		this.mail = mail;
		this.clock = clock;
		this.mailer = mailer;
	}

	/** Reminds each recipient once per deadline: a recipient already told about this due date is skipped. */
	@Transactional
	public void remind(List<UserAccount> recipients, String kind, String entityType, String entityId, LocalDate dueOn,
			Object... args) {
		List<UserAccount> untold = recipients.stream()
			.filter(r -> !notifications.existsByRecipientUserIdAndKindAndEntityIdAndDueOn(r.getId(), kind, entityId, dueOn))
			.toList();
		if (!untold.isEmpty()) {
			tell(untold, kind, entityType, entityId, dueOn, args);
		}
	}

	/** Tells each recipient the message {@code kind}, filled with {@code args}. */
	@Transactional
	public void tell(List<UserAccount> recipients, String kind, String entityType, String entityId, LocalDate dueOn,
			Object... args) {
		String subject = text("notification." + kind + ".subject", args, SUBJECT_SEPARATOR);
		String body = text("notification." + kind + ".body", args, BODY_SEPARATOR);
		boolean mailConfigured = mail.getIfAvailable() != null;
		List<String> toEmail = new java.util.ArrayList<>();
		for (UserAccount recipient : recipients) {
			Notification notification = new Notification(Ids.newId(), recipient.getId(), recipient.getEmail(), kind,
					subject, body, entityType, entityId, dueOn, clock.now());
			if (mailConfigured) {
				notification.awaitEmail();
				toEmail.add(notification.getId());
			}
			notifications.save(notification);
		}
		if (!toEmail.isEmpty()) {
			afterCommit(() -> mailer.send(toEmail));
		}
	}

	/**
	 * Mail leaves only once the notification is committed: an email cannot be taken back, so one
	 * sent from a transaction that then rolls back tells of something that did not happen, and a
	 * slow mail server would hold the transaction (its locks and its connection) open meanwhile.
	 */
	private static void afterCommit(Runnable action) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			action.run();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				action.run();
			}
		});
	}

	private String text(String key, Object[] args, String separator) {
		StringBuilder text = new StringBuilder();
		for (Locale language : LANGUAGES) {
			if (!text.isEmpty()) {
				text.append(separator);
			}
			text.append(messages.getMessage(key, args, language));
		}
		return text.toString();
	}

	public PageResult<Notification> mine(CurrentUser user, boolean unreadOnly, Pageable paging) {
		return PageResult.of(unreadOnly ? notifications.findByRecipientUserIdAndReadAtIsNull(user.id(), paging)
				: notifications.findByRecipientUserId(user.id(), paging), n -> n);
	}

	/** How many of the person's notifications are unread, for the count beside "Messages". */
	public long unreadCount(CurrentUser user) {
		return notifications.countByRecipientUserIdAndReadAtIsNull(user.id());
	}

	/**
	 * The subject in one language: a notification is written in Chinese and English joined
	 * ({@link #tell}); the whole text where it does not split into exactly those two.
	 */
	public static String subjectIn(Notification notification, Locale language) {
		return part(notification.getSubject(), SUBJECT_SEPARATOR, language);
	}

	/** The body in one language, as {@link #subjectIn}. */
	public static String bodyIn(Notification notification, Locale language) {
		return part(notification.getBody(), BODY_SEPARATOR, language);
	}

	private static String part(String text, String separator, Locale language) {
		if (text == null) {
			return "";
		}
		String[] parts = text.split(java.util.regex.Pattern.quote(separator), -1);
		if (parts.length != LANGUAGES.length) {
			return text;
		}
		return "zh".equals(language.getLanguage()) ? parts[0] : parts[1];
	}

	@Transactional
	public Notification markRead(String id, CurrentUser user) {
		Notification notification = notifications.findById(id)
			.filter(n -> n.getRecipientUserId().equals(user.id()))
			.orElseThrow(() -> DomainException.notFound("notification", id));
		notification.markRead(clock.now());
		return notification;
	}
}
