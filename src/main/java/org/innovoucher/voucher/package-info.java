/**
 * Voucher applications, their review, issuance against the budget, and the vouchers themselves.
 */
package org.innovoucher.voucher;
