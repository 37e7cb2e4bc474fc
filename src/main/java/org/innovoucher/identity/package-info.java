/**
 * Accounts, roles, region scope, bearer tokens and the bootstrap administrator.
 */
package org.innovoucher.identity;
