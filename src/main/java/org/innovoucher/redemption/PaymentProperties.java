package org.innovoucher.redemption;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code innovoucher.payment.*}: who pays. The debtor of a run's credit-transfer file is the paying
 * authority of the program's region (the nearest region, up the tree, that names one), else the
 * default: the voucher fund, with its account left for the bank to fill in ({@code NOTPROVIDED}).
 */
@ConfigurationProperties("innovoucher.payment")
public record PaymentProperties(@DefaultValue PayingAuthority payingAuthority,
		Map<String, PayingAuthority> payingAuthorities) {

	/** The account a program's money is paid from. */
	public record PayingAuthority(@DefaultValue("科技创新券资金专户 Innovation voucher fund") String name,
			@DefaultValue("NOTPROVIDED") String accountNumber, String bankCode, String bankName) {
	}

	public PaymentProperties {
		payingAuthorities = payingAuthorities == null ? Map.of() : Map.copyOf(payingAuthorities);
	}

	/** The authority of the nearest of these regions (nearest first) that names one, else the default. */
	PayingAuthority authorityFor(List<String> regionChainNearestFirst) {
		return regionChainNearestFirst.stream()
			.map(payingAuthorities::get)
			.filter(java.util.Objects::nonNull)
			.findFirst()
			.orElse(payingAuthority);
	}
}
