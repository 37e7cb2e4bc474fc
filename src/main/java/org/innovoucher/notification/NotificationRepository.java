package org.innovoucher.notification;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface NotificationRepository extends JpaRepository<Notification, String> {

	Page<Notification> findByRecipientUserId(String recipientUserId, Pageable pageable);

	Page<Notification> findByRecipientUserIdAndReadAtIsNull(String recipientUserId, Pageable pageable);

	long countByRecipientUserIdAndReadAtIsNull(String recipientUserId);

	boolean existsByRecipientUserIdAndKindAndEntityIdAndDueOn(String recipientUserId, String kind, String entityId,
			java.time.LocalDate dueOn);

	/** A page of notifications still awaiting their email, written before {@code before}, in id order after {@code afterId}. */
	@org.springframework.data.jpa.repository.Query("""
			select n.id from Notification n where n.emailStatus = 'PENDING' and n.createdAt < :before and n.id > :afterId
			order by n.id""")
	java.util.List<String> findAwaitingEmail(java.time.Instant before, String afterId,
			org.springframework.data.domain.Limit limit);
}
