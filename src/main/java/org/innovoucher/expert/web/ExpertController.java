package org.innovoucher.expert.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.innovoucher.expert.Expert;
import org.innovoucher.expert.ExpertConflict;
import org.innovoucher.expert.Experts;
import org.innovoucher.expert.PanelReading;
import org.innovoucher.expert.ReviewPanels;
import org.innovoucher.expert.ReviewSubjectType;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.ServiceCategory;
import org.innovoucher.shared.TextLimits;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** api.md, "Experts and review panels". */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Experts and review panels")
class ExpertController {

	private final Experts experts;
	private final ReviewPanels panels;

	ExpertController(Experts experts, ReviewPanels panels) {
		this.experts = experts;
		this.panels = panels;
	}

	record ExpertBody(@NotBlank @Size(max = TextLimits.USERNAME) String username,
			@NotBlank @Size(max = TextLimits.PASSWORD) String password, @NotBlank @Size(max = TextLimits.EMAIL) String email,
			@NotBlank @Size(max = TextLimits.NAME) String name,
			@NotEmpty @Size(max = 20) Set<@NotNull ServiceCategory> fields,
			@Size(max = TextLimits.CODE) String affiliationUscc, @NotBlank @Size(max = TextLimits.CODE) String regionCode) {
	}

	record AvailabilityBody(@NotNull Boolean available) {
	}

	record ConflictBody(@NotBlank @Size(max = TextLimits.CODE) String uscc,
			@NotBlank @Size(max = TextLimits.REASON) String reason) {
	}

	record PanelBody(@NotNull ReviewSubjectType subjectType, @NotBlank @Size(max = TextLimits.ID) String subjectId,
			Integer panelSize) {
	}

	record ScoresBody(@NotEmpty @Size(max = 50) Map<@NotBlank @Size(max = TextLimits.MEDIUM_TEXT) String, @NotNull BigDecimal> scores,
			@Size(max = TextLimits.LONG_TEXT) String comment) {
	}

	record DeclinationBody(@NotBlank @Size(max = TextLimits.REASON) String reason) {
	}

	@PostMapping("/experts")
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, Object> register(@Valid @RequestBody ExpertBody body) {
		Expert expert = experts.register(new Experts.NewExpert(body.username(), body.password(), body.email(), body.name(),
				body.fields(), body.affiliationUscc(), body.regionCode()), CurrentUser.require());
		return Map.of("id", expert.getId(), "userId", expert.getUserId());
	}

	@GetMapping("/experts")
	List<Map<String, Object>> pool(@RequestParam(required = false) ServiceCategory field,
			@RequestParam(required = false) String regionCode) {
		return experts.pool(field, regionCode == null || regionCode.isBlank() ? null : regionCode, CurrentUser.require())
			.stream()
			.map(p -> expertJson(p.expert(), p.openAssignments()))
			.toList();
	}

	@PutMapping("/experts/{id}/availability")
	Map<String, Object> availability(@PathVariable String id, @Valid @RequestBody AvailabilityBody body) {
		Expert expert = experts.markAvailable(id, body.available(), CurrentUser.require());
		return expertJson(expert, null);
	}

	@PostMapping("/experts/{id}/conflicts")
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, Object> conflict(@PathVariable String id, @Valid @RequestBody ConflictBody body) {
		ExpertConflict conflict = experts.declareConflict(id, body.uscc(), body.reason(), CurrentUser.require());
		return Map.of("id", conflict.getId(), "uscc", conflict.getUscc(), "reason", conflict.getReason(), "declaredOn",
				conflict.getDeclaredOn());
	}

	@PostMapping("/reviews")
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, Object> draw(@Valid @RequestBody PanelBody body) {
		CurrentUser user = CurrentUser.require();
		String id = panels.draw(body.subjectType(), body.subjectId(), body.panelSize(), user).getId();
		return PanelJson.of(panels.read(id, user));
	}

	/** The latest panel of a file (staff of its region), e.g. the one drawn when it entered review. */
	@GetMapping("/reviews")
	Map<String, Object> panelOf(@RequestParam ReviewSubjectType subjectType, @RequestParam String subjectId) {
		return PanelJson.of(panels.latestFor(subjectType, subjectId, CurrentUser.require()));
	}

	@GetMapping("/reviews/{id}")
	Map<String, Object> panel(@PathVariable String id) {
		return PanelJson.of(panels.read(id, CurrentUser.require()));
	}

	@PostMapping("/reviews/{id}/scores")
	Map<String, Object> score(@PathVariable String id, @Valid @RequestBody ScoresBody body) {
		CurrentUser user = CurrentUser.require();
		BigDecimal total = panels.score(id, body.scores(), body.comment(), user);
		Map<String, Object> json = new LinkedHashMap<>(PanelJson.of(panels.read(id, user)));
		json.put("total", total.toPlainString());
		return json;
	}

	@PostMapping("/reviews/{id}/declination")
	Map<String, Object> decline(@PathVariable String id, @Valid @RequestBody DeclinationBody body) {
		CurrentUser user = CurrentUser.require();
		panels.decline(id, body.reason(), user);
		return PanelJson.of(panels.read(id, user));
	}

	@GetMapping("/me/assignments")
	List<Map<String, Object>> assignments() {
		return panels.assignmentsOf(CurrentUser.require()).stream().map(PanelJson::assignment).toList();
	}

	static Map<String, Object> expertJson(Expert expert, Long openAssignments) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", expert.getId());
		json.put("userId", expert.getUserId());
		json.put("name", expert.getName());
		json.put("fields", expert.getFields());
		json.put("affiliationUscc", expert.getAffiliationUscc());
		json.put("regionCode", expert.getRegionCode());
		json.put("available", expert.isAvailable());
		if (openAssignments != null) {
			json.put("openAssignments", openAssignments);
		}
		return json;
	}
}
