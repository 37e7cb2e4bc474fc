package org.innovoucher.voucher;

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

interface VoucherRepository extends JpaRepository<Voucher, String> {

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select v from Voucher v where v.id = :id")
	Optional<Voucher> findForUpdate(String id);

	/** A page of the vouchers due for expiry, in id order after {@code afterId} (keyset paging). */
	@Query("select v.id from Voucher v where v.status in :statuses and v.validUntil < :today and v.id > :afterId order by v.id")
	List<String> findExpiring(Collection<Voucher.Status> statuses, LocalDate today, String afterId,
			org.springframework.data.domain.Limit limit);

	Page<Voucher> findByEnterpriseId(String enterpriseId, Pageable pageable);

	List<Voucher> findByEnterpriseIdAndStatusInAndValidUntilBetweenOrderByValidUntil(String enterpriseId,
			Collection<Voucher.Status> statuses, LocalDate from, LocalDate to);

	List<Voucher> findByStatusInAndValidUntilBetween(Collection<Voucher.Status> statuses, LocalDate from, LocalDate to);
}

interface VoucherApplicationRepository extends JpaRepository<VoucherApplication, String> {

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from VoucherApplication a where a.id = :id")
	Optional<VoucherApplication> findForUpdate(String id);

	List<VoucherApplication> findByEnterpriseIdAndProgramId(String enterpriseId, String programId);

	List<VoucherApplication> findByStatusAndReviewDueOnLessThanEqual(VoucherApplication.Status status, LocalDate until);

	long countByStatusAndReviewDueOnLessThanEqualAndRegionCodeIn(VoucherApplication.Status status, LocalDate until,
			Collection<String> regions);

	Page<VoucherApplication> findByEnterpriseId(String enterpriseId, Pageable pageable);

	List<VoucherApplication> findByEnterpriseIdAndStatusOrderByDecidedOn(String enterpriseId,
			VoucherApplication.Status status);

	@Query("select a from VoucherApplication a where a.regionCode in :regions and (:status is null or a.status = :status)")
	Page<VoucherApplication> findInRegions(Collection<String> regions, VoucherApplication.Status status, Pageable pageable);

	/** The reviewer's queue: one status in the regions, of one program or all, only the overdue or all, one round or all. */
	@Query("""
			select a from VoucherApplication a where a.regionCode in :regions and a.status = :status
			and (:programId is null or a.programId = :programId) and (:overdueOnly = false or a.reviewDueOn < :today)
			and (:round is null or a.roundName = :round)""")
	Page<VoucherApplication> findQueue(Collection<String> regions, VoucherApplication.Status status, String programId,
			boolean overdueOnly, LocalDate today, String round, Pageable pageable);

	List<VoucherApplication> findTop50ByEnterpriseIdOrderByCreatedAtDesc(String enterpriseId);
}
