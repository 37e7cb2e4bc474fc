/**
 * Redemption claims: evidence, institution confirmation, review, public notice with objections,
 * payment and clawback.
 */
package org.innovoucher.redemption;
