/**
 * Tells every party what it has to do and by when: in the application and by email.
 */
package org.innovoucher.notification;
