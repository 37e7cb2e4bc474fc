/**
 * Demo data for the embedded "demo" profile: staff, parties, a catalog and an open program.
 */
package org.innovoucher.demo;
