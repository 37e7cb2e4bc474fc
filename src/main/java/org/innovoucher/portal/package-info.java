/**
 * The web portal's shared page pieces: one layout, the theme, languages, date and money formats,
 * error pages and form errors, and the workspace every module's pages ({@code <module>.web}) build on.
 */
package org.innovoucher.portal;
