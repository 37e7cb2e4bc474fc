package org.innovoucher.institution;

import org.springframework.data.jpa.repository.JpaRepository;

interface InstitutionRepository extends JpaRepository<Institution, String> {

	boolean existsByUscc(String uscc);
}

interface ServiceItemRepository extends JpaRepository<ServiceItem, String> {
}
