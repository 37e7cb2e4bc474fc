package org.innovoucher.redemption;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.innovoucher.shared.Job;
import org.innovoucher.shared.JobRuns;
import org.innovoucher.shared.KeysetPages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Re-reads every stored evidence file and compares it with the SHA-256 recorded when it was
 * uploaded, because a disk, a backup restore or a hand on the server can damage or remove a file
 * long after the claim was paid, and evidence is what an audit asks for years later. A file that is
 * missing or does not match is logged and reported to the system administrators (a notification
 * per file, by email where mail is configured). Works through the files a page at a time, so that
 * millions of files never sit in memory; runs nightly and on demand (POST /admin/jobs/evidence-scrub).
 */
@Component
class EvidenceScrubJob implements Job {

	static final int PAGE_SIZE = 200;
	private static final Logger log = LoggerFactory.getLogger(EvidenceScrubJob.class);

	private final AttachmentRepository attachments;
	private final RedemptionRepository redemptions;
	private final EvidenceStore store;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate transaction;

	private final JobRuns runs;

	EvidenceScrubJob(AttachmentRepository attachments, RedemptionRepository redemptions, EvidenceStore store,
			ApplicationEventPublisher events, PlatformTransactionManager transactions, JobRuns runs) {
		this.runs = runs;
		this.attachments = attachments;
		this.redemptions = redemptions;
		this.store = store;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Scheduled(cron = "${innovoucher.jobs.evidence-scrub-cron:0 30 3 * * *}", zone = "Asia/Shanghai")
	void scheduled() {
		runs.run(this, JobRuns.Trigger.SCHEDULE);
	}

	@Override
	public String name() {
		return "evidence-scrub";
	}

	/** Returns how many files were checked; the damaged ones are reported as they are found. */
	@Override
	public int run() {
		int[] damaged = { 0 };
		// keyset paging: each page is its own short read, however many files there are
		int checked = KeysetPages.forEach(PAGE_SIZE,
				(after, size) -> attachments.findByIdGreaterThanOrderById(after, Limit.of(size)), Attachment::getId,
				attachment -> {
					String problem = check(attachment);
					if (problem != null) {
						report(attachment, problem);
						damaged[0]++;
					}
					return true;
				});
		log.info("evidence scrub: {} files checked, {} damaged", checked, damaged[0]);
		return checked;
	}

	/** What is wrong with the stored file, or null when it is intact. */
	private String check(Attachment attachment) {
		try (InputStream in = new DigestInputStream(Files.newInputStream(store.pathOf(attachment.getSha256())),
				MessageDigest.getInstance("SHA-256"))) {
			in.transferTo(java.io.OutputStream.nullOutputStream());
			String actual = HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
			return actual.equals(attachment.getSha256()) ? null : "its SHA-256 is now " + actual;
		}
		catch (NoSuchFileException e) {
			return "the file is missing";
		}
		catch (IOException e) {
			return "the file cannot be read: " + e.getMessage();
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private void report(Attachment attachment, String problem) {
		log.error("evidence file {} ({}) of claim {} does not match its SHA-256 {}: {}", attachment.getId(),
				attachment.getFileName(), attachment.getRedemptionId(), attachment.getSha256(), problem);
		// a claim is never deleted while it has attachments; an unknown region reaches the national administrators
		String regionCode = redemptions.findById(attachment.getRedemptionId()).map(Redemption::getRegionCode).orElse("");
		// in a transaction, so that the event publication registry keeps the report until it was delivered
		transaction.executeWithoutResult(status -> events.publishEvent(new RedemptionEvents.EvidenceDamaged(
				attachment.getRedemptionId(), attachment.getId(), regionCode, attachment.getFileName(),
				attachment.getSha256(), problem)));
	}
}
