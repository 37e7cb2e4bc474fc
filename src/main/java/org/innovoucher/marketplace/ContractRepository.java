package org.innovoucher.marketplace;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ContractRepository extends JpaRepository<Contract, String> {

	Page<Contract> findByEnterpriseId(String enterpriseId, Pageable pageable);

	Page<Contract> findByInstitutionId(String institutionId, Pageable pageable);
}
