package org.innovoucher.institution;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface InstitutionRepository extends JpaRepository<Institution, String> {

	boolean existsByUscc(String uscc);

	@Query("""
			select i from Institution i where i.regionCode in :regions and i.status in :statuses
			and (:type is null or i.type = :type)
			and (:name is null or lower(i.name) like :name or i.uscc = :uscc)""")
	Page<Institution> search(Collection<String> regions, Collection<Institution.Status> statuses, InstitutionType type,
			String name, String uscc, Pageable pageable);
}

interface ServiceItemRepository extends JpaRepository<ServiceItem, String> {

	Page<ServiceItem> findByInstitutionIdAndActiveTrue(String institutionId, Pageable pageable);

	Page<ServiceItem> findByInstitutionId(String institutionId, Pageable pageable);

	long countByInstitutionIdAndActiveTrue(String institutionId);

}
