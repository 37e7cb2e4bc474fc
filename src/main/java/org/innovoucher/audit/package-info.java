/**
 * The tamper-evident audit trail: every state change, each entry chained to the previous by hash.
 */
package org.innovoucher.audit;
