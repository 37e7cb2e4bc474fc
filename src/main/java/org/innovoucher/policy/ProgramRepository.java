package org.innovoucher.policy;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProgramRepository extends JpaRepository<Program, String> {

	Page<Program> findByStatusIn(java.util.Collection<Program.Status> statuses, Pageable pageable);
}

interface ProgramVersionRepository extends JpaRepository<ProgramVersion, String> {

	Optional<ProgramVersion> findByProgramIdAndVersionNo(String programId, int versionNo);
}
