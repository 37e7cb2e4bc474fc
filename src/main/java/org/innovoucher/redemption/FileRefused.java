package org.innovoucher.redemption;

import java.util.List;

import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.ErrorCode;

/**
 * An evidence file was refused ({@code FILE_REJECTED}), with the reason as a value as well as in
 * words: the API shows the words, a page shows the reason in its own language beside the field.
 */
public class FileRefused extends DomainException {

	/** Why a file was refused; {@link #arguments()} fill in the numbers and names. */
	public enum Reason {
		MACRO_EXTENSION, LEGACY_OFFICE, MACROS_INSIDE, DAMAGED_ARCHIVE, TOO_MANY_ENTRIES, EXPANDS_TOO_FAR, TOO_MANY_FILES,
		EMPTY, TOO_LARGE, WRONG_TYPE, BARE_ZIP
	}

	private final Reason reason;
	private final transient Object[] arguments;

	FileRefused(Reason reason, String detail, Object... arguments) {
		super(ErrorCode.FILE_REJECTED, detail, List.of(new FieldError("file", detail)));
		this.reason = reason;
		this.arguments = arguments.clone();
	}

	public Reason reason() {
		return reason;
	}

	public Object[] arguments() {
		return arguments.clone();
	}
}
