/**
 * Redemption claims: evidence, institution confirmation, review, public notice with objections,
 * payment and clawback. Services by who acts ({@link org.innovoucher.redemption.ClaimDrafting},
 * {@link org.innovoucher.redemption.ClaimEvidence}, {@link org.innovoucher.redemption.ClaimReview},
 * {@link org.innovoucher.redemption.ClaimSettlement}, {@link org.innovoucher.redemption.PublicNotices},
 * {@link org.innovoucher.redemption.Objections}, {@link org.innovoucher.redemption.PaymentRuns} with
 * {@link org.innovoucher.redemption.PaymentRunFiles}); the aggregates raise
 * {@link org.innovoucher.redemption.RedemptionEvents}. The lock order is written down once, in
 * {@code ClaimAccess}.
 */
package org.innovoucher.redemption;
