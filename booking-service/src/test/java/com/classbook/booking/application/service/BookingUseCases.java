package com.classbook.booking.application.service;

import com.classbook.booking.domain.Booking;
import com.classbook.booking.domain.ClassInventory;
import com.classbook.booking.domain.UserPackage;
import com.classbook.platform.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** Booking's use cases wired on {@link BookingFakes}, with a clock the test sets. */
final class BookingUseCases {

  static final Instant START = Instant.parse("2026-12-10T10:00:00Z");

  final BookingFakes fakes = new BookingFakes();
  final MutableClock clock = new MutableClock();

  BookingUseCases() {
    clock.set(START.minus(Duration.ofDays(1)));
  }

  final BookingSettings settings =
      new BookingSettings(Duration.ofHours(4), Duration.ofMinutes(15), 3, 10);
  final SlotAllocation allocation =
      new SlotAllocation(
          fakes.lock,
          fakes.tx,
          new FreeSeatsCache(fakes.counter, fakes.tx, fakes.classRepository),
          settings);
  final Eligibility eligibility =
      new Eligibility(fakes.bookingRepository, fakes.wallet, fakes.events);
  final CancelBookingService cancellations =
      new CancelBookingService(
          allocation,
          eligibility,
          fakes.tx,
          fakes.bookingRepository,
          fakes.classRepository,
          fakes.reservedSlotRepository,
          fakes.events,
          settings,
          fakes.metrics,
          clock);
  final PlaceHoldService holds =
      new PlaceHoldService(
          allocation,
          eligibility,
          fakes.tx,
          fakes.bookingRepository,
          fakes.classRepository,
          fakes.wallet,
          fakes.events,
          clock);

  /** A class of {@code capacity} seats, {@code free} of them free, costing 2 credits. */
  ClassInventory classWith(int capacity, int free) {
    ClassInventory cls =
        new ClassInventory(
            UUID.randomUUID().toString(),
            "SG",
            START,
            START.plus(Duration.ofHours(1)),
            capacity,
            free,
            0,
            2,
            true,
            false,
            1);
    fakes.classes.put(cls.id(), cls);
    return cls;
  }

  /** A package of 10 credits of which {@code remaining} are left. */
  UserPackage packageOf(String member, int remaining) {
    UserPackage p =
        new UserPackage(
            UUID.randomUUID().toString(),
            member,
            "pkg",
            "SG",
            10,
            remaining,
            START.minus(Duration.ofDays(10)),
            START.plus(Duration.ofDays(30)),
            false,
            "txn_" + UUID.randomUUID(),
            1);
    fakes.packages.put(p.id(), p);
    return p;
  }

  /** A CONFIRMED booking of the class, paid with 2 credits of {@code payer} (already debited). */
  Booking bookingOf(String member, ClassInventory cls, UserPackage payer) {
    Booking booking =
        Booking.book(UUID.randomUUID().toString(), member, cls, payer, clock.instant()).booking();
    fakes.bookings.put(booking.id(), booking);
    return booking;
  }
}
