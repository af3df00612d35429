package com.classbook.kernel.event;

/** Kafka topic names; the suffix is the topic's major version. */
public final class Topics {
  public static final String IDENTITY_USERS = "identity.users.v1";
  public static final String CATALOG_COUNTRIES = "catalog.countries.v1";
  public static final String CATALOG_PACKAGES = "catalog.packages.v1";
  public static final String CATALOG_CLASSES = "catalog.classes.v1";
  public static final String BOOKING_WALLET = "booking.wallet.v1";
  public static final String BOOKING_BOOKINGS = "booking.bookings.v1";
  public static final String BOOKING_AVAILABILITY = "booking.availability.v1";
  public static final String WAITLIST_ENTRIES = "waitlist.entries.v1";

  private Topics() {}
}
