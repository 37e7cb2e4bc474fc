/**
 * Technology-based SMEs: registration, size class, related parties, bans and agency delegations.
 */
package org.innovoucher.enterprise;
