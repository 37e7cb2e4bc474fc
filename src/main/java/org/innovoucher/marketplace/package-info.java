/**
 * Service contracts between an enterprise and a recognised institution, paid with a voucher.
 */
package org.innovoucher.marketplace;
