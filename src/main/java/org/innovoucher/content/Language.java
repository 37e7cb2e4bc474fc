package org.innovoucher.content;

import java.util.Arrays;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The languages the portal is written in, named by their language tags on the wire. */
public enum Language {

	ZH_CN("zh-CN"), EN("en");

	private final String tag;

	Language(String tag) {
		this.tag = tag;
	}

	@JsonValue
	public String tag() {
		return tag;
	}

	/** The language of a tag; any other is an invalid value (a 400). */
	@JsonCreator
	public static Language of(String tag) {
		return Arrays.stream(values())
			.filter(language -> language.tag.equals(tag))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("one of zh-CN, en"));
	}

	@Override
	public String toString() {
		return tag;
	}
}
