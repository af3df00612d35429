package com.classbook.booking.adapter.in.rest;

import com.classbook.booking.application.port.in.WalletEntry;
import com.classbook.booking.domain.Booking;
import com.classbook.booking.domain.ClassInventory;
import com.classbook.booking.domain.UserPackage;

/** Maps use-case results to the API's resources. */
final class RestMapper {
  private RestMapper() {}

  static BookingResponse booking(Booking b) {
    return new BookingResponse(
        b.id(),
        b.classId(),
        b.userPackageId(),
        b.creditsUsed(),
        b.status().name(),
        b.bookedAt(),
        b.cancelledAt(),
        b.checkedInAt(),
        b.refunded());
  }

  static HoldResponse hold(Booking b) {
    return new HoldResponse(
        b.id(),
        b.classId(),
        b.userId(),
        b.userPackageId(),
        b.creditsUsed(),
        b.status().name(),
        b.bookedAt());
  }

  static WaitingHoldResponse waitingHold(Booking b) {
    return new WaitingHoldResponse(
        b.id(), b.holdRequestId(), b.classId(), b.userId(), b.bookedAt());
  }

  static UserPackageResponse userPackage(WalletEntry entry) {
    UserPackage p = entry.userPackage();
    return new UserPackageResponse(
        p.id(),
        p.packageId(),
        entry.name(),
        p.countryCode(),
        p.credits(),
        p.remainingCredits(),
        p.purchasedAt(),
        p.expiresAt(),
        entry.expired(),
        p.transactionId());
  }

  static SeatCountsResponse seats(ClassInventory c) {
    return new SeatCountsResponse(
        c.id(), c.capacity(), c.freeSlots(), c.reservedSlots(), c.bookedSlots());
  }
}
