package org.innovoucher.expert.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.innovoucher.expert.PanelReading;
import org.innovoucher.expert.ReviewPanel;

/** A panel as the API answers it: only what the reading person may see (see {@link PanelReading}). */
final class PanelJson {

	private PanelJson() {
	}

	static Map<String, Object> of(PanelReading reading) {
		ReviewPanel panel = reading.panel();
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", panel.getId());
		json.put("subjectType", panel.getSubjectType());
		json.put("subjectId", panel.getSubjectId());
		json.put("title", panel.getTitle());
		json.put("category", panel.getCategory());
		json.put("status", panel.getStatus());
		json.put("round", panel.getRound());
		json.put("passMark", panel.getPassMark().toPlainString());
		json.put("shortBy", panel.getShortBy());
		json.put("checklist", panel.checklist().criteria());
		json.put("assignments", reading.members().stream().map(PanelJson::member).toList());
		if (!reading.others().isEmpty()) {
			json.put("others", reading.others().stream().map(PanelJson::member).toList());
		}
		// figures as strings with their two decimals, as money is: a client's float must not round them
		panel.result().ifPresent(r -> json.put("result", Map.of("mean", r.mean().toPlainString(), "trimmedMean",
				r.trimmedMean().toPlainString(), "spread", r.spread().toPlainString(), "passed", r.passed())));
		return json;
	}

	static Map<String, Object> assignment(PanelReading reading) {
		ReviewPanel panel = reading.panel();
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", reading.own().getId());
		json.put("reviewId", panel.getId());
		json.put("subjectType", panel.getSubjectType());
		json.put("title", panel.getTitle());
		json.put("category", panel.getCategory());
		json.put("status", panel.getStatus());
		json.put("round", panel.getRound());
		json.put("dueOn", reading.own().getDueOn());
		json.put("toScore", reading.toScore());
		return json;
	}

	private static Map<String, Object> member(PanelReading.Member m) {
		Map<String, Object> json = new LinkedHashMap<>();
		if (m.expertId() != null) {
			json.put("id", m.id());
			json.put("expertId", m.expertId());
			if (m.name() != null) {
				json.put("name", m.name());
			}
			json.put("status", m.status());
			json.put("dueOn", m.dueOn());
		}
		else {
			json.put("label", m.label());
		}
		if (m.declinedReason() != null) {
			json.put("declinedReason", m.declinedReason());
		}
		json.put("rounds", m.rounds().stream().map(r -> {
			Map<String, Object> round = new LinkedHashMap<>();
			round.put("round", r.round());
			round.put("scores", r.scores());
			round.put("total", r.total().toPlainString());
			round.put("comment", r.comment());
			round.put("scoredOn", r.scoredOn());
			return round;
		}).toList());
		return json;
	}
}
