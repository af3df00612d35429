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

  /** A member books a public seat of the class, paid by {@code payer}. */
  public static BookingFact.Confirmed book(
      String id, String userId, ClassInventory cls, UserPackage payer, Instant now) {
    return new BookingFact.Confirmed(
        new Booking(
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
            null));
  }

  /** A credit hold placed for a waitlist entry identified by {@code requestId}. */
  public static BookingFact.HoldPlaced placeHold(
      String id,
      String requestId,
      String userId,
      ClassInventory cls,
      UserPackage payer,
      Instant now) {
    return new BookingFact.HoldPlaced(
        new Booking(
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
            null));
  }

  public boolean isHold() {
    return holdRequestId != null;
  }

  public boolean ownedBy(String memberId) {
    return userId.equals(memberId);
  }

  /**
   * The member cancels; {@code seatReservedForWaitlist} when the freed seat goes to the waitlist
   * instead of the public pool.
   */
  public BookingFact.Cancelled cancel(
      Instant now, boolean refund, boolean seatReservedForWaitlist) {
    return new BookingFact.Cancelled(cancelled(now, refund), seatReservedForWaitlist);
  }

  /** The hold ends without a seat and its credits go back. */
  public BookingFact.HoldReleased releaseHold(Instant now) {
    return new BookingFact.HoldReleased(cancelled(now, true));
  }

  /** The class was cancelled: a hold is released, a booking cancelled, both refunded. */
  public BookingFact endWithClass(Instant now) {
    return status == BookingStatus.WAITLISTED
        ? releaseHold(now)
        : new BookingFact.Cancelled(cancelled(now, true), false);
  }

  public BookingFact.CheckedIn checkIn(Instant now) {
    return new BookingFact.CheckedIn(withStatus(BookingStatus.CHECKED_IN, now, promotedSlotRef));
  }

  /** The hold becomes a confirmed booking on the seat {@code slotRef} reserved for it. */
  public BookingFact.HoldPromoted promote(String slotRef) {
    return new BookingFact.HoldPromoted(withStatus(BookingStatus.CONFIRMED, checkedInAt, slotRef));
  }

  /** The class ended without the member checking in. */
  public BookingFact.NoShow markNoShow() {
    return new BookingFact.NoShow(withStatus(BookingStatus.NO_SHOW, checkedInAt, promotedSlotRef));
  }

  private Booking cancelled(Instant now, boolean refund) {
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
