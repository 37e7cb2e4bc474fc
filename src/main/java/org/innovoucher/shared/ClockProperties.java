package org.innovoucher.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code innovoucher.clock.*}: whether the clock may be moved (tests and demos only). */
@ConfigurationProperties("innovoucher.clock")
public record ClockProperties(boolean adjustable) {
}
