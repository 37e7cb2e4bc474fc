package org.innovoucher.enterprise;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

interface EnterpriseRepository extends JpaRepository<Enterprise, String> {

	boolean existsByUscc(String uscc);

	boolean existsByLeaderIdNumber(String leaderIdNumber);

	Optional<Enterprise> findByUscc(String uscc);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select e from Enterprise e where e.id = :id")
	Optional<Enterprise> findForUpdate(String id);

	@Query("""
			select e from Enterprise e where e.regionCode in :regions and e.status in :statuses
			and (:name is null or lower(e.name) like :name or e.uscc = :uscc)""")
	Page<Enterprise> search(Collection<String> regions, Collection<Enterprise.Status> statuses, String name,
			String uscc, Pageable pageable);
}

interface AgencyDelegationRepository extends JpaRepository<AgencyDelegation, String> {

	boolean existsByEnterpriseIdAndAgencyUserIdAndActiveTrue(String enterpriseId, String agencyUserId);

	List<AgencyDelegation> findByEnterpriseIdOrderByGrantedAt(String enterpriseId);

	List<AgencyDelegation> findByAgencyUserIdAndActiveTrueOrderByGrantedAt(String agencyUserId);
}
