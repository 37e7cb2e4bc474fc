package org.innovoucher.shared.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.innovoucher.shared.BatchProperties;
import org.innovoucher.shared.CurrentUser;
import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.ErrorCode;
import org.innovoucher.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Carries out the items of a batch request ({@code POST .../decisions}) one after another, each
 * through the single operation's own service method and so in its own transaction: an item is
 * decided exactly as it would be alone, and a refusal is that item's result, not the batch's.
 * Results come in the order given: {@code {id,...the single answer}} or {@code {id,problem:{code,detail}}}.
 *
 * <p>A lost race on one item is its problem ({@code INVALID_STATE}, retry it) and does not make the
 * whole answer retryable: the items before it are decided, and an idempotent repeat must get this
 * answer back, not decide them again.
 */
@Component
public class Batches {

	private static final Logger log = LoggerFactory.getLogger(Batches.class);

	private final BatchProperties properties;

	Batches(BatchProperties properties) {
		this.properties = properties;
	}

	public int maxItems() {
		return properties.maxItems();
	}

	/**
	 * Checks the batch as a whole (the caller holds {@code role}; one to {@link #maxItems()} items;
	 * no id twice), then runs {@code operation} on each item; nothing is decided when the batch as a
	 * whole is refused.
	 */
	public <T> List<Map<String, Object>> each(CurrentUser user, Role role, List<T> items, Function<T, String> id,
			Function<T, Map<String, Object>> operation) {
		if (!user.has(role)) {
			throw DomainException.forbidden("requires role " + role);
		}
		requireValid(items, id);
		List<Map<String, Object>> results = new ArrayList<>(items.size());
		for (T item : items) {
			Map<String, Object> result = new LinkedHashMap<>();
			result.put("id", id.apply(item));
			try {
				result.putAll(operation.apply(item));
			}
			catch (RuntimeException refused) {
				result.put("problem", problem(refused));
			}
			results.add(result);
		}
		return results;
	}

	private <T> void requireValid(List<T> items, Function<T, String> id) {
		if (items == null || items.isEmpty()) {
			throw DomainException.invalid("items", "at least one item");
		}
		if (items.size() > properties.maxItems()) {
			throw DomainException.invalid("items", "at most " + properties.maxItems() + " items in one request");
		}
		Map<String, Integer> seen = new HashMap<>();
		for (int i = 0; i < items.size(); i++) {
			Integer first = seen.putIfAbsent(id.apply(items.get(i)), i);
			if (first != null) {
				throw DomainException.invalid("items[" + i + "].id", "the same id as items[" + first + "]: one decision per file");
			}
		}
	}

	/** The item's problem as the single operation's problem+json would state it: its code and detail. */
	private static Map<String, Object> problem(RuntimeException e) {
		ErrorCode code;
		String detail;
		List<DomainException.FieldError> errors = List.of();
		if (e instanceof DomainException domain) {
			code = domain.code();
			detail = domain.getMessage();
			errors = domain.fieldErrors();
		}
		else if (ProblemHandler.isConcurrencyConflict(e)) {
			log.info("concurrent change refused in a batch: {}", e.toString());
			code = ErrorCode.INVALID_STATE;
			detail = "changed concurrently by another request; reload and retry";
		}
		else if (e instanceof DataIntegrityViolationException || e instanceof IllegalArgumentException) {
			log.info("item of a batch refused: {}", e.toString());
			code = e instanceof IllegalArgumentException ? ErrorCode.VALIDATION_FAILED : ErrorCode.INVALID_STATE;
			detail = e instanceof IllegalArgumentException ? e.getMessage() : "conflicts with existing data";
		}
		else {
			// the items before it are decided and stay so: the answer must say which, not become a 500
			log.error("unexpected failure of an item of a batch", e);
			Map<String, Object> problem = new LinkedHashMap<>();
			problem.put("code", "INTERNAL_ERROR");
			problem.put("detail", "internal error");
			return problem;
		}
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("code", code.name());
		problem.put("detail", detail == null ? code.title() : detail);
		if (!errors.isEmpty()) {
			problem.put("errors", errors.stream().map(f -> Map.of("field", f.field(), "message", f.message())).toList());
		}
		return problem;
	}
}
