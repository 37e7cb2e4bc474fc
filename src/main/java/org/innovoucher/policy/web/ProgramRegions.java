package org.innovoucher.policy.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.innovoucher.shared.Region;
import org.innovoucher.shared.Regions;

/** Which regions the editor offers for the rules that name regions. */
final class ProgramRegions {

	private ProgramRegions() {
	}

	/**
	 * The regions that may set their own excess ratio: those directly below the program's region (a
	 * province's cities), and any the rules already name.
	 */
	static List<String> ownRatioRegions(Regions regions, String programRegion, ProgramForm form) {
		Set<String> codes = new LinkedHashSet<>();
		if (programRegion != null && !programRegion.isBlank()) {
			regions.find(programRegion).ifPresent(r -> r.children().forEach(c -> codes.add(c.code())));
		}
		codes.addAll(form.regionsWithOwnRatio());
		return new ArrayList<>(codes);
	}

	/**
	 * The regions whose institutions may be accepted: the program's region and those directly below it,
	 * then every province (cross-region redemption), and any the rules already name.
	 */
	static List<String> institutionRegions(Regions regions, String programRegion, ProgramForm form) {
		Set<String> codes = new LinkedHashSet<>();
		if (programRegion != null && !programRegion.isBlank()) {
			regions.find(programRegion).ifPresent(r -> {
				codes.add(r.code());
				r.children().forEach(c -> codes.add(c.code()));
			});
		}
		regions.tree().stream().map(Region::code).forEach(codes::add);
		codes.addAll(form.values("acceptedInstitutionRegions"));
		return new ArrayList<>(codes);
	}
}
