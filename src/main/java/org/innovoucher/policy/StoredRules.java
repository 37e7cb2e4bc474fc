package org.innovoucher.policy;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A version's rules as they are stored: the JSON of the program body. */
@Component
class StoredRules {

	private final ObjectMapper json;

	StoredRules(ObjectMapper json) {
		this.json = json;
	}

	String write(ProgramRules rules) {
		try {
			return json.writeValueAsString(rules);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

	ProgramRules read(String text) {
		try {
			return json.readValue(text, ProgramRules.class);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException("stored program rules are unreadable", e);
		}
	}
}
