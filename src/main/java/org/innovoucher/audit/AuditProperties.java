package org.innovoucher.audit;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code innovoucher.audit.*}: the key of the audit and ledger chains and how often they are
 * checkpointed. The key is kept outside the database, so that whoever can write the database
 * cannot recompute the chains: from {@code key} (at least 32 characters) or, on the embedded
 * default without one, generated once into {@code keyFile} and reused on every start.
 */
@ConfigurationProperties("innovoucher.audit")
public record AuditProperties(String key, Path keyFile, @DefaultValue("PT1H") Duration checkpointInterval) {
}
