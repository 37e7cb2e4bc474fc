package org.innovoucher.policy;

/**
 * Who files the claim and is paid (domain.md, "Two ways to redeem"): the enterprise after paying in
 * full (Shanxi's 后补助), or the institution that took the voucher as part payment (Xizang, 通兑).
 */
public enum Payee {
	ENTERPRISE, INSTITUTION
}
