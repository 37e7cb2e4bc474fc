/**
 * Portal articles: policy interpretations, FAQs, guides and success cases that operators write in
 * Markdown, per language and optionally per program, and that the public reads as sanitised HTML.
 */
package org.innovoucher.content;
