package org.innovoucher.notification;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Emails committed notifications, on a thread of its own and outside any transaction: the SMTP
 * conversation (seconds on a slow server, up to the configured timeouts on a dead one) holds no
 * database connection and no lock. Each notification's outcome is recorded in a short transaction
 * of its own.
 */
@Component
class NotificationMailer {

	private static final Logger log = LoggerFactory.getLogger(NotificationMailer.class);

	private final NotificationRepository notifications;
	private final ObjectProvider<JavaMailSender> mail;
	private final NotificationProperties properties;
	private final TransactionTemplate transaction;

	NotificationMailer(NotificationRepository notifications, ObjectProvider<JavaMailSender> mail,
			NotificationProperties properties, PlatformTransactionManager transactions) {
		this.notifications = notifications;
		this.mail = mail;
		this.properties = properties;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Async
	public void send(List<String> notificationIds) {
		notificationIds.forEach(this::sendNow);
	}

	/** Emails one notification on the caller's thread, if it still awaits its email. */
	void sendNow(String notificationId) {
		JavaMailSender sender = mail.getIfAvailable();
		if (sender == null) {
			return;
		}
		notifications.findById(notificationId)
			.filter(n -> n.getEmailStatus() == Notification.EmailStatus.PENDING)
			.ifPresent(n -> {
				boolean sent = send(sender, n.getRecipientEmail(), n.getSubject(), n.getBody());
				transaction.executeWithoutResult(
						status -> notifications.findById(notificationId).ifPresent(fresh -> fresh.emailed(sent)));
			});
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
}
