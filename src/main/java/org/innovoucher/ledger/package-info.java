/**
 * The double-entry ledger of every program: append-only balanced transactions; balances derived.
 */
package org.innovoucher.ledger;
