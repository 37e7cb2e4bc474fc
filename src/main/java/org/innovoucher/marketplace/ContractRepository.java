package org.innovoucher.marketplace;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

interface ContractRepository extends JpaRepository<Contract, String> {

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from Contract c where c.id = :id")
	Optional<Contract> findForUpdate(String id);

	Page<Contract> findByEnterpriseId(String enterpriseId, Pageable pageable);

	Page<Contract> findByInstitutionId(String institutionId, Pageable pageable);

	List<Contract> findByInstitutionIdAndStatusOrderByCreatedAtAsc(String institutionId, Contract.Status status);

	List<Contract> findByEnterpriseIdAndStatusAndCreatedAtAfterOrderByCreatedAtDesc(String enterpriseId,
			Contract.Status status, Instant after);
}
