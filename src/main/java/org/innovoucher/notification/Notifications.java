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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Pageable;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes notifications, in Chinese and in English, and emails them where a mail server is
 * configured ({@code spring.mail.host}). A mail failure is recorded, never lost silently, and never
 * undoes the notification.
 */
@Service
public class Notifications {

	private static final Logger log = LoggerFactory.getLogger(Notifications.class);
	private static final Locale[] LANGUAGES = { Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH };

	private final NotificationRepository notifications;
	private final MessageSource messages;
	private final ObjectProvider<JavaMailSender> mail;
	private final NotificationProperties properties;
	private final BusinessClock clock;

	Notifications(NotificationRepository notifications, MessageSource messages, ObjectProvider<JavaMailSender> mail,
			NotificationProperties properties, BusinessClock clock) {
		this.notifications = notifications;
		this.messages = messages;
		this.mail = mail;
		this.properties = properties;
		this.clock = clock;
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
		String subject = text("notification." + kind + ".subject", args, " / ");
		String body = text("notification." + kind + ".body", args, "\n\n");
		for (UserAccount recipient : recipients) {
			Notification notification = notifications.save(new Notification(Ids.newId(), recipient.getId(),
					recipient.getEmail(), kind, subject, body, entityType, entityId, dueOn, clock.now()));
			JavaMailSender sender = mail.getIfAvailable();
			if (sender != null) {
				notification.emailed(send(sender, recipient.getEmail(), subject, body));
			}
		}
	}

	private boolean send(JavaMailSender sender, String to, String subject, String body) {
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(properties.mailFrom());
		message.setTo(to);
		message.setSubject(subject);
		message.setText(body);
		try {
			sender.send(message);
			return true;
		}
		catch (MailException e) {
			log.warn("could not email {}: {}", to, e.getMessage());
			return false;
		}
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

	@Transactional
	public Notification markRead(String id, CurrentUser user) {
		Notification notification = notifications.findById(id)
			.filter(n -> n.getRecipientUserId().equals(user.id()))
			.orElseThrow(() -> DomainException.notFound("notification", id));
		notification.markRead(clock.now());
		return notification;
	}
}
