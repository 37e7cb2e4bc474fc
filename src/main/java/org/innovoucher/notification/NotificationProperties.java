package org.innovoucher.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code innovoucher.notification.*}: the sender address of notification emails. */
@ConfigurationProperties("innovoucher.notification")
public record NotificationProperties(@DefaultValue("noreply@innovoucher.local") String mailFrom) {
}
