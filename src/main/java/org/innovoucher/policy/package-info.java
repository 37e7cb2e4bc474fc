/**
 * Programs: every rule of a voucher scheme as versioned data, budgets per region, publication.
 */
package org.innovoucher.policy;
