package org.innovoucher.shared;

/**
 * The longest text each kind of request field may hold, in one place: request bodies name these in
 * {@code @Size}, so an oversized value is a 400 naming the field before anything else looks at it.
 */
public final class TextLimits {

	/** Our ids are UUIDs (36); a little room for ids of other forms. */
	public static final int ID = 64;
	/** Region codes (6), USCCs (18) and other codes. */
	public static final int CODE = 18;
	public static final int USERNAME_MIN = 3;
	public static final int USERNAME = 64;
	public static final int PASSWORD_MIN = 8;
	public static final int PASSWORD = 128;
	public static final int EMAIL = 200;
	public static final int NAME = 200;
	/** Phone numbers, certificate numbers, price units and other labels. */
	public static final int LABEL = 40;
	public static final int SHORT_TEXT = 100;
	/** Standards, references and other lists written out as text. */
	public static final int MEDIUM_TEXT = 1000;
	public static final int REASON = 2000;
	public static final int LONG_TEXT = 4000;
	/** A portal article's Markdown: a long guide, still well within the 1 MiB JSON body limit in UTF-8. */
	public static final int MARKDOWN = 100_000;
	/** Most items one list in a request may have (related parties, claims of a notice). */
	public static final int LIST_ITEMS = 1000;

	private TextLimits() {
	}
}
