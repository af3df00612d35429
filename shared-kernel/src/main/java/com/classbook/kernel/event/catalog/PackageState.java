package com.classbook.kernel.event.catalog;

import java.math.BigDecimal;

/** Full current state of a credit package, published on the compacted packages topic (key = id). */
public record PackageState(
    String id,
    String name,
    int credits,
    BigDecimal price,
    String currency,
    String countryCode,
    int validityDays,
    boolean active) {
  public static final String TYPE = "catalog.PackageUpserted.v1";
}
