package org.innovoucher.identity;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface UserAccountRepository extends JpaRepository<UserAccount, String> {

	Optional<UserAccount> findByUsername(String username);

	boolean existsByUsername(String username);

	java.util.List<UserAccount> findByEnterpriseIdAndEnabledTrue(String enterpriseId);

	java.util.List<UserAccount> findByInstitutionIdAndEnabledTrue(String institutionId);

	java.util.List<UserAccount> findByRegionCodeInAndEnabledTrue(java.util.Collection<String> regionCodes);

	java.util.List<UserAccount> findByRegionCodeIsNullAndEnabledTrue();
}
