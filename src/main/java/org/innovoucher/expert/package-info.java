/**
 * Expert review (domain.md, "Expert review"): the expert pool with fields, affiliations, availability
 * and declared conflicts; panels drawn by field and load with every conflict excluded; two rounds of
 * weighted checklist scores and the trimmed mean against the pass mark. The files reviewed belong to
 * other modules: they describe them through the {@link org.innovoucher.expert.ReviewSubjects} SPI, so
 * this module depends on none of them.
 */
package org.innovoucher.expert;
