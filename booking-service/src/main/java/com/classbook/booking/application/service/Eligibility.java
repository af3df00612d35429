package com.classbook.booking.application.service;

import com.classbook.booking.application.port.out.BookingRepository;
import com.classbook.booking.application.port.out.EventPublisher;
import com.classbook.booking.application.port.out.UserPackageRepository;
import com.classbook.booking.domain.BookingRules;
import com.classbook.booking.domain.ClassInventory;
import com.classbook.booking.domain.UserPackage;
import com.classbook.booking.domain.WalletFact;
import com.classbook.kernel.problem.ProblemCode;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** The member-level booking rules and the guarded debit, shared by bookings and holds. */
@ApplicationScoped
public class Eligibility {

  private final BookingRepository bookings;
  private final UserPackageRepository wallet;
  private final EventPublisher events;

  public Eligibility(
      BookingRepository bookings, UserPackageRepository wallet, EventPublisher events) {
    this.bookings = bookings;
    this.wallet = wallet;
    this.events = events;
  }

  /**
   * No active booking of the class (a hold answers {@code holdCode}), no overlap with another
   * active booking, and a paying package; returns that package as read in this transaction.
   */
  public Uni<UserPackage> payerFor(
      String userId,
      ClassInventory cls,
      String requestedPackageId,
      Instant now,
      ProblemCode holdCode) {
    return bookings
        .activeBookingsAround(userId, cls.id(), cls.startTime())
        .invoke(
            active -> {
              BookingRules.requireNoActiveBooking(active.ofClass(), holdCode);
              BookingRules.requireNoOverlap(cls, active.otherSlots());
            })
        .chain(() -> wallet.findOpenOf(userId))
        .map(packages -> BookingRules.choosePayer(packages, cls, requestedPackageId, now));
  }

  /**
   * Debits the package if nobody changed it since it was read (row version) and it still covers the
   * price; otherwise the transaction is retried from scratch. Records CreditsDebited.
   */
  public Uni<UserPackage> debit(UserPackage payer, int credits, String bookingId) {
    WalletFact.Debited debited = payer.debit(credits, bookingId);
    return wallet
        .debit(payer, credits)
        .chain(() -> events.publish(debited))
        .replaceWith(debited.userPackage());
  }

  /** Gives credits back to the package that paid and records CreditsRefunded. */
  public Uni<Void> refund(String userPackageId, int credits, String bookingId) {
    return wallet
        .lockById(userPackageId)
        .map(found -> found.orElseThrow(() -> packageGone(userPackageId)))
        .chain(
            payer -> {
              WalletFact.Refunded refunded = payer.refund(credits, bookingId);
              return wallet
                  .refund(userPackageId, credits)
                  .chain(
                      done ->
                          done
                              ? events.publish(refunded)
                              : Uni.createFrom()
                                  .failure(
                                      new IllegalStateException(
                                          "refund of "
                                              + credits
                                              + " would exceed package "
                                              + userPackageId)));
            });
  }

  private static IllegalStateException packageGone(String userPackageId) {
    return new IllegalStateException(
        "user package " + userPackageId + " not found: packages are never deleted");
  }
}
