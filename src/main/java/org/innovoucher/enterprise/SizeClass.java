package org.innovoucher.enterprise;

/** Enterprise size by the 2011 SME classification (employees and revenue). */
public enum SizeClass {
	MICRO, SMALL, MEDIUM, LARGE
}
