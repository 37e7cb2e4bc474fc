package org.innovoucher.notification;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** One message to one user, shown in the application and, where mail is configured, emailed. */
@Entity
public class Notification {

	/** PENDING: to be emailed once the transaction that wrote it has committed. */
	public enum EmailStatus {
		NOT_CONFIGURED, PENDING, SENT, FAILED
	}

	@Id
	private String id;
	private String recipientUserId;
	private String recipientEmail;
	private String kind;
	private String subject;
	private String body;
	private String entityType;
	private String entityId;
	private LocalDate dueOn;
	@Enumerated(EnumType.STRING)
	private EmailStatus emailStatus;
	private Instant createdAt;
	private Instant readAt;
	@Version
	@Column(name = "version")
	private long revision;

	protected Notification() {
	}

	Notification(String id, String recipientUserId, String recipientEmail, String kind, String subject, String body,
			String entityType, String entityId, LocalDate dueOn, Instant createdAt) {
		this.id = id;
		this.recipientUserId = recipientUserId;
		this.recipientEmail = recipientEmail;
		this.kind = kind;
		this.subject = subject;
		this.body = body.length() > 4000 ? body.substring(0, 4000) : body;
		this.entityType = entityType;
		this.entityId = entityId;
		this.dueOn = dueOn;
		this.emailStatus = EmailStatus.NOT_CONFIGURED;
		this.createdAt = createdAt;
	}

	void awaitEmail() {
		this.emailStatus = EmailStatus.PENDING;
	}

	void emailed(boolean sent) {
		this.emailStatus = sent ? EmailStatus.SENT : EmailStatus.FAILED;
	}

	void markRead(Instant at) {
		if (readAt == null) {
			readAt = at;
		}
	}

	public String getId() {
		return id;
	}

	public String getRecipientUserId() {
		return recipientUserId;
	}

	public String getRecipientEmail() {
		return recipientEmail;
	}

	public String getKind() {
		return kind;
	}

	public String getSubject() {
		return subject;
	}

	public String getBody() {
		return body;
	}

	public String getEntityType() {
		return entityType;
	}

	public String getEntityId() {
		return entityId;
	}

	public LocalDate getDueOn() {
		return dueOn;
	}

	public EmailStatus getEmailStatus() {
		return emailStatus;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getReadAt() {
		return readAt;
	}
}
