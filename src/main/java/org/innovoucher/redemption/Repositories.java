package org.innovoucher.redemption;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

interface RedemptionRepository extends JpaRepository<Redemption, String> {

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from Redemption r where r.id = :id")
	Optional<Redemption> findForUpdate(String id);

	List<Redemption> findByContractId(String contractId);

	List<Redemption> findByNoticeId(String noticeId);

	@Query("select r.id from Redemption r where r.noticeId = :noticeId order by r.id")
	List<String> findIdsByNoticeId(String noticeId);

	List<Redemption> findByStatusAndConfirmDueOnLessThanEqual(Redemption.Status status, LocalDate until);

	List<Redemption> findByStatusAndReviewDueOnLessThanEqual(Redemption.Status status, LocalDate until);

	List<Redemption> findByStatusAndNoticeEndsOnLessThanEqual(Redemption.Status status, LocalDate until);

	List<Redemption> findByStatusAndPaymentDueOnLessThanEqual(Redemption.Status status, LocalDate until);

	/** The claims of the regions with a step still open whose due date is {@code until} or earlier. */
	@Query("""
			select count(r) from Redemption r where r.regionCode in :regions and (
			(r.status = org.innovoucher.redemption.Redemption.Status.AWAITING_CONFIRMATION and r.confirmDueOn <= :until)
			or (r.status = org.innovoucher.redemption.Redemption.Status.UNDER_REVIEW and r.reviewDueOn <= :until)
			or (r.status = org.innovoucher.redemption.Redemption.Status.IN_PUBLIC_NOTICE and r.noticeEndsOn <= :until)
			or (r.status = org.innovoucher.redemption.Redemption.Status.READY_FOR_PAYMENT and r.paymentDueOn <= :until))""")
	long countDueBy(LocalDate until, Collection<String> regions);

	@Query("""
			select coalesce(sum(coalesce(r.approvedAmount, r.boundAmount)), 0) from Redemption r
			where r.enterpriseId = :enterpriseId and r.boundYear = :year and r.status in :statuses""")
	java.math.BigDecimal committedInYear(String enterpriseId, int year, Collection<Redemption.Status> statuses);

	Page<Redemption> findByEnterpriseId(String enterpriseId, Pageable pageable);

	Page<Redemption> findByInstitutionId(String institutionId, Pageable pageable);

	List<Redemption> findByInstitutionIdAndStatusOrderByConfirmDueOnAscIdAsc(String institutionId,
			Redemption.Status status);

	List<Redemption> findByEnterpriseIdAndStatusInOrderByCreatedAtDesc(String enterpriseId,
			Collection<Redemption.Status> statuses);

	@Query("select r.contractId from Redemption r where r.enterpriseId = :enterpriseId and r.status not in :closed")
	java.util.Set<String> findContractIdsWithClaims(String enterpriseId, Collection<Redemption.Status> closed);

	List<Redemption> findByInstitutionIdAndStatusInOrderByCreatedAtDesc(String institutionId,
			Collection<Redemption.Status> statuses);

	@Query("select r.contractId from Redemption r where r.institutionId = :institutionId and r.status not in :closed")
	java.util.Set<String> findContractIdsWithClaimsOfInstitution(String institutionId,
			Collection<Redemption.Status> closed);

	@Query("select r from Redemption r where r.regionCode in :regions and (:status is null or r.status = :status)")
	Page<Redemption> findInRegions(Collection<String> regions, Redemption.Status status, Pageable pageable);

	/** The reviewer's queue: one status in the regions, of one program or all, only the overdue or all. */
	@Query("""
			select r from Redemption r where r.regionCode in :regions and r.status = :status
			and (:programId is null or r.programId = :programId) and (:overdueOnly = false or r.reviewDueOn < :today)""")
	Page<Redemption> findQueue(Collection<String> regions, Redemption.Status status, String programId,
			boolean overdueOnly, LocalDate today, Pageable pageable);

	List<Redemption> findTop50ByEnterpriseIdOrderByCreatedAtDesc(String enterpriseId);

	/** Claims ready for payment that no payment run holds yet (one awaiting its release holds its claims). */
	@Query(value = """
			select r from Redemption r where r.regionCode in :regions and r.status = :status
			and not exists (select 1 from PaymentRun p join p.items i where i.redemptionId = r.id)""", countQuery = """
			select count(r) from Redemption r where r.regionCode in :regions and r.status = :status
			and not exists (select 1 from PaymentRun p join p.items i where i.redemptionId = r.id)""")
	Page<Redemption> findPayableInRegions(Collection<String> regions, Redemption.Status status, Pageable pageable);

	@Query("""
			select count(r) from Redemption r where r.regionCode in :regions and r.status = :status
			and not exists (select 1 from PaymentRun p join p.items i where i.redemptionId = r.id)""")
	long countPayableInRegions(Collection<String> regions, Redemption.Status status);
}

interface AttachmentRepository extends JpaRepository<Attachment, String> {

	List<Attachment> findByRedemptionIdOrderByUploadedAt(String redemptionId);

	long countByRedemptionId(String redemptionId);

	/** A page of every attachment, in id order after {@code id} (keyset paging for the scrub). */
	List<Attachment> findByIdGreaterThanOrderById(String id, org.springframework.data.domain.Limit limit);
}

interface PublicNoticeRepository extends JpaRepository<PublicNotice, String> {

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select n from PublicNotice n where n.id = :id")
	Optional<PublicNotice> findForUpdate(String id);

	@Query("select n.id from PublicNotice n where n.status = 'OPEN' and n.endsOn < :today")
	List<String> findOverdue(LocalDate today);

	Page<PublicNotice> findAllByOrderByStartsOnDesc(Pageable pageable);

	/** The notices of these regions in a status, the earliest ending first: an operator's open notices. */
	List<PublicNotice> findByRegionCodeInAndStatusOrderByEndsOnAscIdAsc(Collection<String> regionCodes,
			PublicNotice.Status status);
}

interface NoticeItemRepository extends JpaRepository<NoticeItem, NoticeItem.Key> {

	List<NoticeItem> findByNoticeId(String noticeId);
}

interface ObjectionRepository extends JpaRepository<Objection, String> {

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select o from Objection o where o.id = :id")
	Optional<Objection> findForUpdate(String id);

	@Query("select o.noticeId from Objection o where o.id = :id")
	Optional<String> findNoticeId(String id);

	boolean existsByRedemptionIdAndNoticeIdAndStatus(String redemptionId, String noticeId, Objection.Status status);

	List<Objection> findByNoticeId(String noticeId);

	long countByNoticeIdAndStatus(String noticeId, Objection.Status status);
}

interface BankReferenceRepository extends JpaRepository<BankReference, BankReference.Key> {
}

interface PaymentRunRepository extends JpaRepository<PaymentRun, String> {

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from PaymentRun r where r.id = :id")
	Optional<PaymentRun> findForUpdate(String id);

	boolean existsByReference(String reference);

	/** The run a claim is in, if any (a claim is in one run at most). */
	@Query(value = "select run_id from payment_run_item where redemption_id = :redemptionId", nativeQuery = true)
	Optional<String> findRunOf(String redemptionId);

	@Query(value = "select r from PaymentRun r where r.regionCode in :regions",
			countQuery = "select count(r) from PaymentRun r where r.regionCode in :regions")
	Page<PaymentRun> findInRegions(Collection<String> regions, Pageable pageable);

	List<PaymentRun> findByStatusAndRegionCodeInOrderByRecordedAt(PaymentRun.Status status, Collection<String> regions);
}
