/**
 * Value types, errors, time, regions and the working-day calendar every module speaks.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.innovoucher.shared;
