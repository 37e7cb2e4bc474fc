package org.innovoucher.portal;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.innovoucher.shared.Money;
import org.innovoucher.shared.Ratio;
import org.innovoucher.shared.Regions;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates and amounts in the page's language, for templates ({@code ${@fmt.money(amount)}}):
 * 2026年3月16日 or 16 Mar 2026; ¥68,000.00 in both.
 */
@Component("fmt")
public class Formats {

	private final Regions regions;

	Formats(Regions regions) {
		this.regions = regions;
	}

	/** A region's name in the page's language, e.g. 太原市 or Taiyuan; the code where it is unknown. */
	public String region(String code) {
		if (code == null) {
			return "";
		}
		return regions.find(code)
			.map(r -> Site.isChinese(LocaleContextHolder.getLocale()) || r.nameEn() == null ? r.name() : r.nameEn())
			.orElse(code);
	}

	/** Dates are the business's dates: China's. */
	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
	private static final DateTimeFormatter CHINESE = DateTimeFormatter.ofPattern("uuuu年M月d日", Locale.CHINA);
	private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);

	public String date(LocalDate date) {
		return date(date, LocaleContextHolder.getLocale());
	}

	public String date(Instant instant) {
		return instant == null ? "" : date(instant.atZone(ZONE).toLocalDate());
	}

	/** An instant as the day and the time in China: 2026年3月2日 09:00 or 2 Mar 2026 09:00. */
	public String dateTime(Instant instant) {
		if (instant == null) {
			return "";
		}
		java.time.ZonedDateTime at = instant.atZone(ZONE);
		return date(at.toLocalDate()) + " " + DateTimeFormatter.ofPattern("HH:mm").format(at);
	}

	static String date(LocalDate date, Locale locale) {
		if (date == null) {
			return "";
		}
		return ("zh".equals(locale.getLanguage()) ? CHINESE : ENGLISH).format(date);
	}

	/** An amount of yuan with the currency sign: ¥68,000.00. */
	public String money(Money money) {
		return money == null ? "" : "¥" + amount(money);
	}

	/** An amount without the sign, as in a computation: 68,000.00. */
	public String amount(Money money) {
		if (money == null) {
			return "";
		}
		return AMOUNT.get().format(money.amount());
	}

	/** A count with its thousands: 12,345 (the same in both languages). */
	public String count(long n) {
		return COUNT.get().format(n);
	}

	/*
	 * DecimalFormat is not thread-safe, and making one (its symbols above all) costs more than what
	 * it formats: one per thread, as a page formats dozens of amounts and counts.
	 */
	private static final ThreadLocal<DecimalFormat> AMOUNT = ThreadLocal
		.withInitial(() -> new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)));
	private static final ThreadLocal<DecimalFormat> COUNT = ThreadLocal
		.withInitial(() -> new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT)));

	/** A ratio as the rules state it: 0.60. */
	public String ratio(Ratio ratio) {
		return ratio == null ? "" : ratio.toString();
	}

	/** A ratio as a share: 60%. */
	public String percent(Ratio ratio) {
		if (ratio == null) {
			return "";
		}
		return ratio.value().multiply(BigDecimal.valueOf(100)).stripTrailingZeros().toPlainString() + "%";
	}

	/**
	 * A quotient as a share with one decimal, e.g. "0.6800" as 68.0%; a dash where there is none (nothing
	 * to divide by). Unlike a {@link Ratio} it may exceed 100%: vouchers issued one year may be redeemed the next.
	 */
	public String share(String quotient) {
		if (quotient == null || quotient.isBlank()) {
			return "–";
		}
		return new BigDecimal(quotient).multiply(BigDecimal.valueOf(100)).setScale(1, java.math.RoundingMode.HALF_UP)
			.toPlainString() + "%";
	}
}
