package com.classbook.booking.domain;

import java.time.Instant;

/**
 * A member's booking of one class, paid from one user package; a WAITLISTED booking is a credit
 * hold that a waitlist promotion turns into a CONFIRMED booking without a second debit.
 */
public record Booking(
    String id,
    String userId,
    String classId,
    String userPackageId,
    int creditsUsed,
    BookingStatus status,
    Instant bookedAt,
    Instant cancelledAt,
    Instant checkedInAt,
    boolean refunded,
    long version,
    String holdRequestId,
    String promotedSlotRef) {

  /** A confirmed booking that took a public seat. */
  public static Booking confirmed(
      String id, String userId, ClassInventory cls, UserPackage payer, Instant now) {
    return new Booking(
        id,
        userId,
        cls.id(),
        payer.id(),
        cls.requiredCredits(),
        BookingStatus.CONFIRMED,
        now,
        null,
        null,
        false,
        0,
        null,
        null);
  }

  /** A credit hold placed for a waitlist entry identified by {@code requestId}. */
  public static Booking hold(
      String id,
      String requestId,
      String userId,
      ClassInventory cls,
      UserPackage payer,
      Instant now) {
    return new Booking(
        id,
        userId,
        cls.id(),
        payer.id(),
        cls.requiredCredits(),
        BookingStatus.WAITLISTED,
        now,
        null,
        null,
        false,
        0,
        requestId,
        null);
  }

  public boolean isHold() {
    return holdRequestId != null;
  }

  public boolean ownedBy(String memberId) {
    return userId.equals(memberId);
  }

  public Booking cancelled(Instant now, boolean refund) {
    return new Booking(
        id,
        userId,
        classId,
        userPackageId,
        creditsUsed,
        BookingStatus.CANCELLED,
        bookedAt,
        now,
        checkedInAt,
        refund,
        version + 1,
        holdRequestId,
        promotedSlotRef);
  }

  public Booking checkedIn(Instant now) {
    return withStatus(BookingStatus.CHECKED_IN, now, promotedSlotRef);
  }

  public Booking promoted(String slotRef) {
    return withStatus(BookingStatus.CONFIRMED, checkedInAt, slotRef);
  }

  public Booking noShow() {
    return withStatus(BookingStatus.NO_SHOW, checkedInAt, promotedSlotRef);
  }

  private Booking withStatus(BookingStatus next, Instant checkedIn, String slotRef) {
    return new Booking(
        id,
        userId,
        classId,
        userPackageId,
        creditsUsed,
        next,
        bookedAt,
        cancelledAt,
        checkedIn,
        refunded,
        version + 1,
        holdRequestId,
        slotRef);
  }
}
