package com.classbook.kernel.event.catalog;

/** Full current state of a country, published on the compacted countries topic (key = code). */
public record CountryState(String code, String name, String timeZone, boolean active) {
  public static final String TYPE = "catalog.CountryUpserted.v1";
}
