package org.innovoucher.notification;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface NotificationRepository extends JpaRepository<Notification, String> {

	Page<Notification> findByRecipientUserId(String recipientUserId, Pageable pageable);

	Page<Notification> findByRecipientUserIdAndReadAtIsNull(String recipientUserId, Pageable pageable);

	boolean existsByRecipientUserIdAndKindAndEntityIdAndDueOn(String recipientUserId, String kind, String entityId,
			java.time.LocalDate dueOn);
}
