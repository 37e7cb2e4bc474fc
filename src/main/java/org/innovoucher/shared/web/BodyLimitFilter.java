package org.innovoucher.shared.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import org.innovoucher.shared.DomainException;
import org.innovoucher.shared.ErrorCode;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses bodies that are too large before anything reads them: a JSON (or any non-multipart) body
 * over {@link #JSON_LIMIT} by its {@code Content-Length}, a multipart upload over the configured
 * request size likewise; a body without a length (chunked) is counted while it is read and refused
 * as soon as it passes the limit. Runs first, so neither security nor the idempotency filter ever
 * buffers more than the limit.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class BodyLimitFilter extends OncePerRequestFilter {

	/** 1 MiB: the largest JSON body the contract accepts. */
	static final long JSON_LIMIT = 1024 * 1024;

	private final ObjectMapper json;
	private final long multipartLimit;

	BodyLimitFilter(ObjectMapper json, MultipartProperties multipart) {
		this.json = json;
		this.multipartLimit = multipart.getMaxRequestSize().toBytes();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean multipart = request.getContentType() != null
				&& request.getContentType().toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
		long limit = multipart ? multipartLimit : JSON_LIMIT;
		long declared = request.getContentLengthLong();
		if (declared > limit) {
			refuse(response, limit);
			return;
		}
		// a multipart body is parsed by the container, which enforces its own limits (see ProblemHandler)
		HttpServletRequest limited = multipart || declared >= 0 ? request : new LimitedRequest(request, limit);
		try {
			chain.doFilter(limited, response);
		}
		catch (ServletException | RuntimeException e) {
			if (!isTooLarge(e) || response.isCommitted()) {
				throw e;
			}
			response.resetBuffer();
			refuse(response, limit);
		}
	}

	private static boolean isTooLarge(Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof DomainException domain && domain.code() == ErrorCode.PAYLOAD_TOO_LARGE) {
				return true;
			}
		}
		return false;
	}

	private void refuse(HttpServletResponse response, long limit) throws IOException {
		response.setStatus(ErrorCode.PAYLOAD_TOO_LARGE.status().value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		json.writeValue(response.getOutputStream(), Problems.of(ErrorCode.PAYLOAD_TOO_LARGE, tooLarge(limit)));
	}

	static String tooLarge(long limit) {
		return "the request body is larger than " + (limit >= 1024 * 1024 ? limit / (1024 * 1024) + " MiB" : limit + " bytes");
	}

	static DomainException tooLargeException(long limit) {
		return new DomainException(ErrorCode.PAYLOAD_TOO_LARGE, tooLarge(limit));
	}

	/** A body without a declared length: counted as it is read, refused as soon as it passes the limit. */
	private static final class LimitedRequest extends HttpServletRequestWrapper {

		private final long limit;
		private ServletInputStream stream;

		LimitedRequest(HttpServletRequest request, long limit) {
			super(request);
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (stream == null) {
				stream = new Counting(super.getInputStream(), limit);
			}
			return stream;
		}

		@Override
		public BufferedReader getReader() throws IOException {
			String encoding = getCharacterEncoding();
			return new BufferedReader(new InputStreamReader(getInputStream(),
					encoding == null ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(encoding)));
		}
	}

	private static final class Counting extends ServletInputStream {

		private final ServletInputStream in;
		private final long limit;
		private long read;

		Counting(ServletInputStream in, long limit) {
			this.in = in;
			this.limit = limit;
		}

		@Override
		public int read() throws IOException {
			int b = in.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = in.read(buffer, offset, length);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		private void count(int n) {
			read += n;
			if (read > limit) {
				throw tooLargeException(limit);
			}
		}

		@Override
		public boolean isFinished() {
			return in.isFinished();
		}

		@Override
		public boolean isReady() {
			return in.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			in.setReadListener(listener);
		}
	}
}
