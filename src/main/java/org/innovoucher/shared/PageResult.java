package org.innovoucher.shared;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/** A page of a list, as the contract shapes it: {@code {items, page, size, total}}. */
public record PageResult<T>(List<T> items, int page, int size, long total) {

	public static final int MAX_SIZE = 200;

	public static <E, T> PageResult<T> of(Page<E> page, Function<E, T> mapper) {
		return new PageResult<>(page.getContent().stream().map(mapper).toList(), page.getNumber(), page.getSize(),
				page.getTotalElements());
	}

	/** No items: the page asked for, empty. */
	public static <T> PageResult<T> empty(Pageable paging) {
		return new PageResult<>(List.of(), paging.getPageNumber(), paging.getPageSize(), 0);
	}

	/** Validated paging parameters: page from 0, size 1 to 200. */
	public static Pageable request(Integer page, Integer size, Sort sort) {
		int p = page == null ? 0 : page;
		int s = size == null ? 20 : size;
		if (p < 0) {
			throw DomainException.invalid("page", "must be 0 or more");
		}
		if (s < 1 || s > MAX_SIZE) {
			throw DomainException.invalid("size", "must be between 1 and " + MAX_SIZE);
		}
		return PageRequest.of(p, s, sort);
	}
}
