package org.innovoucher.shared;

import java.util.List;

/** An administrative division (GB/T 2260) and its children. */
public record Region(String code, String name, String nameEn, String level, String parentCode, List<Region> children) {
}
