package com.classbook.system.events;

import com.classbook.kernel.event.Topics;
import com.classbook.kernel.event.booking.AvailabilityChanged;
import com.classbook.kernel.event.booking.BookingEvent;
import com.classbook.kernel.event.booking.WalletEvent;
import com.classbook.kernel.event.catalog.ClassState;
import com.classbook.kernel.event.catalog.CountryState;
import com.classbook.kernel.event.catalog.PackageState;
import com.classbook.kernel.event.identity.UserEvent;
import com.classbook.kernel.event.waitlist.WaitlistEvent;
import java.util.List;
import java.util.Map;

/** The shared-kernel payload record of each topic, and the value lists some fields are bound to. */
final class EventPayloads {

  static final Map<String, Class<? extends Record>> BY_TOPIC =
      Map.of(
          Topics.IDENTITY_USERS, UserEvent.class,
          Topics.CATALOG_COUNTRIES, CountryState.class,
          Topics.CATALOG_PACKAGES, PackageState.class,
          Topics.CATALOG_CLASSES, ClassState.class,
          Topics.BOOKING_WALLET, WalletEvent.class,
          Topics.BOOKING_BOOKINGS, BookingEvent.class,
          Topics.BOOKING_AVAILABILITY, AvailabilityChanged.class,
          Topics.WAITLIST_ENTRIES, WaitlistEvent.class);

  /** Record, field: the values the kernel names for it (the catalogue's enum). */
  static final Map<Class<? extends Record>, Map<String, List<String>>> ENUMS =
      Map.of(
          BookingEvent.class, Map.of("status", BookingEvent.STATUSES),
          WaitlistEvent.class, Map.of("status", WaitlistEvent.STATUSES),
          UserEvent.class, Map.of("role", UserEvent.ROLES));

  private EventPayloads() {}
}
