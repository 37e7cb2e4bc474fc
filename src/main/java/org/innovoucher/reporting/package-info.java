/**
 * Statistics as the published evaluations show them: issued and redeemed per region, ratios.
 */
package org.innovoucher.reporting;
