package org.innovoucher.redemption;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/** {@code innovoucher.evidence.*}: where evidence files are kept and how large one may be. */
@ConfigurationProperties("innovoucher.evidence")
public record EvidenceProperties(Path dir, @DefaultValue("20MB") DataSize maxFileSize) {
}
