package org.innovoucher.identity;

import java.util.Collection;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import org.springframework.data.jpa.repository.JpaRepository;

interface UserAccountRepository extends JpaRepository<UserAccount, String> {

	Optional<UserAccount> findByUsername(String username);

	boolean existsByUsername(String username);

	java.util.List<UserAccount> findByEnterpriseIdAndEnabledTrue(String enterpriseId);

	java.util.List<UserAccount> findByInstitutionIdAndEnabledTrue(String institutionId);

	java.util.List<UserAccount> findByRegionCodeInAndEnabledTrue(java.util.Collection<String> regionCodes);

	java.util.List<UserAccount> findByRegionCodeIsNullAndEnabledTrue();

	/**
	 * Accounts of the regions in {@code scope}; with {@code noRegionToo}, also those of no region:
	 * parties' accounts, and (for a national administrator) the rest. Roles are stored as one text.
	 */
	@Query("""
			select u from UserAccount u
			 where (u.regionCode in :scope or (:noRegionToo = true and u.regionCode is null
			        and (u.enterpriseId is not null or u.institutionId is not null or :national = true)))
			   and (:username is null or lower(u.username) like :username)
			   and (:role is null or cast(u.roles as String) like :role)
			   and (:enabled is null or u.enabled = :enabled)
			 order by u.createdAt desc, u.id""")
	Page<UserAccount> administered(@Param("scope") Collection<String> scope, @Param("noRegionToo") boolean noRegionToo,
			@Param("national") boolean national, @Param("username") String username, @Param("role") String role,
			@Param("enabled") Boolean enabled, Pageable paging);
}
