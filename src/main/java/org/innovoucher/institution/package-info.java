/**
 * Service institutions: registration, recognition and their service catalog.
 */
package org.innovoucher.institution;
