package com.classbook.booking.application.port.out;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.classbook.booking.domain.Booking;
import com.classbook.booking.domain.BookingStatus;
import com.classbook.booking.domain.ClassInventory;
import com.classbook.booking.domain.MemberBookings;
import com.classbook.booking.domain.TimeSlot;
import com.classbook.booking.domain.UserPackage;
import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * What every {@link BookingRepository} does, run against the in-memory fake of the use-case tests
 * and against the MariaDB adapter: one active booking or hold per member and class, one hold per
 * request, and status changes guarded by the status and version read.
 */
public abstract class BookingRepositoryContract {

  private final Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
  private final Instant start = now.plus(Duration.ofDays(7));

  /** The repository under test. */
  protected abstract BookingRepository repository();

  /** Runs {@code work} in one transaction, as the use cases do, and waits for its item. */
  protected abstract <T> T inTransaction(Supplier<Uni<T>> work);

  /** Stores {@code cls} as the catalog's replica does, for the reads that join the class. */
  protected abstract void givenClass(ClassInventory cls);

  private static String newMember() {
    return "member-" + UUID.randomUUID();
  }

  private ClassInventory classFrom(Instant classStart, Instant classEnd) {
    ClassInventory cls =
        new ClassInventory(
            UUID.randomUUID().toString(), "SG", classStart, classEnd, 10, 10, 0, 2, true, false, 0);
    givenClass(cls);
    return cls;
  }

  private ClassInventory newClass() {
    return classFrom(start, start.plus(Duration.ofHours(1)));
  }

  private UserPackage payer(String member) {
    return new UserPackage(
        UUID.randomUUID().toString(),
        member,
        "pkg",
        "SG",
        10,
        8,
        now.minus(Duration.ofDays(1)),
        now.plus(Duration.ofDays(30)),
        false,
        "txn_" + UUID.randomUUID(),
        0);
  }

  private Booking newBooking(String member, ClassInventory cls) {
    return Booking.book(UUID.randomUUID().toString(), member, cls, payer(member), now).booking();
  }

  private Booking newHold(String member, ClassInventory cls, String requestId) {
    return Booking.placeHold(
            UUID.randomUUID().toString(), requestId, member, cls, payer(member), now)
        .booking();
  }

  private Booking inserted(Booking booking) {
    inTransaction(() -> repository().insert(booking).replaceWith(booking));
    return booking;
  }

  private Booking transitioned(Booking before, Booking after) {
    return inTransaction(() -> repository().transition(before, after));
  }

  private Optional<Booking> findById(String id) {
    return inTransaction(() -> repository().findById(id));
  }

  private Optional<Booking> findActive(String member, ClassInventory cls) {
    return inTransaction(() -> repository().findActive(member, cls.id()));
  }

  private static String newRequest() {
    return "req-" + UUID.randomUUID();
  }

  /**
   * {@code read} as another writer's read would be: the same booking, another status or version.
   */
  private static Booking readAs(Booking read, BookingStatus status, long version) {
    return new Booking(
        read.id(),
        read.userId(),
        read.classId(),
        read.userPackageId(),
        read.creditsUsed(),
        status,
        read.bookedAt(),
        read.cancelledAt(),
        read.checkedInAt(),
        read.refunded(),
        version,
        read.holdRequestId(),
        read.promotedSlotRef());
  }

  @Test
  void anInsertedBookingIsFoundByIdAndAHoldAlsoByItsRequest() {
    ClassInventory cls = newClass();
    Booking booking = inserted(newBooking(newMember(), cls));
    String requestId = newRequest();
    Booking hold = inserted(newHold(newMember(), cls, requestId));

    assertEquals(Optional.of(booking), findById(booking.id()));
    assertEquals(Optional.of(hold), findById(hold.id()));
    assertEquals(Optional.of(hold), inTransaction(() -> repository().findByHoldRequest(requestId)));
  }

  @Test
  void anUnknownIdOrRequestIsNotFound() {
    inserted(newHold(newMember(), newClass(), newRequest()));

    assertEquals(Optional.empty(), findById(UUID.randomUUID().toString()));
    assertEquals(
        Optional.empty(), inTransaction(() -> repository().findByHoldRequest(newRequest())));
  }

  @Test
  void theActiveBookingOfAMemberAndClassIsAConfirmedOrCheckedInBookingOrAHold() {
    String member = newMember();
    ClassInventory confirmedClass = newClass();
    ClassInventory heldClass = newClass();
    ClassInventory attendedClass = newClass();
    ClassInventory cancelledClass = newClass();
    Booking confirmed = inserted(newBooking(member, confirmedClass));
    Booking hold = inserted(newHold(member, heldClass, newRequest()));
    Booking attended = inserted(newBooking(member, attendedClass));
    Booking checkedIn = transitioned(attended, attended.checkIn(now).booking());
    Booking cancelled = inserted(newBooking(member, cancelledClass));
    transitioned(cancelled, cancelled.cancel(now, true, false).booking());

    assertEquals(Optional.of(confirmed), findActive(member, confirmedClass));
    assertEquals(Optional.of(hold), findActive(member, heldClass));
    assertEquals(Optional.of(checkedIn), findActive(member, attendedClass));
    assertEquals(Optional.empty(), findActive(member, cancelledClass));
    assertEquals(Optional.empty(), findActive(newMember(), confirmedClass), "another member");
  }

  @Test
  void aMemberHasOneActiveBookingOrHoldPerClass() {
    String member = newMember();
    ClassInventory cls = newClass();
    Booking first = inserted(newBooking(member, cls));

    Booking second = newBooking(member, cls);
    DuplicateBooking again =
        assertThrows(DuplicateBooking.class, () -> inserted(second), "a second booking");
    assertEquals(DuplicateBooking.Guard.ACTIVE_PER_MEMBER_AND_CLASS, again.guard());
    Booking hold = newHold(member, cls, newRequest());
    DuplicateBooking held = assertThrows(DuplicateBooking.class, () -> inserted(hold), "a hold");
    assertEquals(DuplicateBooking.Guard.ACTIVE_PER_MEMBER_AND_CLASS, held.guard());
    assertEquals(Optional.empty(), findById(second.id()));
    assertEquals(Optional.empty(), findById(hold.id()));

    inserted(newBooking(newMember(), cls));
    transitioned(first, first.cancel(now, true, false).booking());
    Booking rebooked = inserted(newBooking(member, cls));
    assertEquals(Optional.of(rebooked), findActive(member, cls), "the cancelled one is no guard");
  }

  @Test
  void aHoldRequestIsPlacedOnceEvenAfterItsHoldEnded() {
    String requestId = newRequest();
    Booking first = inserted(newHold(newMember(), newClass(), requestId));

    Booking other = newHold(newMember(), newClass(), requestId);
    DuplicateBooking again = assertThrows(DuplicateBooking.class, () -> inserted(other));
    assertEquals(DuplicateBooking.Guard.HOLD_REQUEST, again.guard());
    assertEquals(Optional.empty(), findById(other.id()));

    transitioned(first, first.releaseHold(now).booking());
    Booking afterRelease = newHold(newMember(), newClass(), requestId);
    assertEquals(
        DuplicateBooking.Guard.HOLD_REQUEST,
        assertThrows(DuplicateBooking.class, () -> inserted(afterRelease)).guard());
  }

  @Test
  void aTransitionWritesTheNewStateUnderTheNextVersion() {
    Booking hold = inserted(newHold(newMember(), newClass(), newRequest()));
    String slotRef = UUID.randomUUID().toString();

    Booking promoted = hold.promote(slotRef).booking();
    assertEquals(promoted, transitioned(hold, promoted));
    assertEquals(Optional.of(promoted), findById(hold.id()));
    assertEquals(1, promoted.version());

    Booking checkedIn = promoted.checkIn(now.plusSeconds(60)).booking();
    transitioned(promoted, checkedIn);
    assertEquals(Optional.of(checkedIn), findById(hold.id()));

    Booking booking = inserted(newBooking(newMember(), newClass()));
    Booking cancelled = booking.cancel(now.plusSeconds(30), true, false).booking();
    transitioned(booking, cancelled);
    assertEquals(Optional.of(cancelled), findById(booking.id()));
  }

  @Test
  void aTransitionFromAStaleReadFailsAndChangesNothing() {
    Booking read = inserted(newBooking(newMember(), newClass()));
    Booking cancelled = transitioned(read, read.cancel(now, false, false).booking());

    assertThrows(
        ConcurrentUpdate.class,
        () -> transitioned(read, read.checkIn(now).booking()),
        "status and version changed since the read");
    assertThrows(
        ConcurrentUpdate.class,
        () -> transitioned(readAs(read, BookingStatus.CANCELLED, 0), read.checkIn(now).booking()),
        "another version");
    assertThrows(
        ConcurrentUpdate.class,
        () -> transitioned(readAs(read, BookingStatus.CONFIRMED, 1), read.checkIn(now).booking()),
        "another status");
    assertEquals(Optional.of(cancelled), findById(read.id()));
  }

  @Test
  void aTransitionOfABookingThatDoesNotExistFails() {
    Booking never = newBooking(newMember(), newClass());

    assertThrows(
        ConcurrentUpdate.class,
        () -> transitioned(never, never.cancel(now, true, false).booking()));
    assertEquals(Optional.empty(), findById(never.id()));
  }

  @Test
  void theWaitingHoldsOfAClassAreCounted() {
    ClassInventory cls = newClass();
    inserted(newHold(newMember(), cls, newRequest()));
    inserted(newHold(newMember(), cls, newRequest()));
    inserted(newBooking(newMember(), cls));
    Booking released = inserted(newHold(newMember(), cls, newRequest()));
    transitioned(released, released.releaseHold(now).booking());
    inserted(newHold(newMember(), newClass(), newRequest()));
    ClassInventory nobodyWaits = newClass();

    assertEquals(2L, inTransaction(() -> repository().countWaitlisted(cls.id())));
    assertEquals(0L, inTransaction(() -> repository().countWaitlisted(nobodyWaits.id())));
  }

  @Test
  void aMembersBookingsAroundAClassAreItsActiveOneAndTheActiveOnesEndingAfterTheGivenTime() {
    String member = newMember();
    ClassInventory target = newClass();
    Instant after = target.startTime();
    ClassInventory overlapping = classFrom(after.minusSeconds(1800), after.plusSeconds(1800));
    ClassInventory endingThen = classFrom(after.minusSeconds(3600), after);
    ClassInventory ended = classFrom(after.minusSeconds(7200), after.minusSeconds(3600));
    ClassInventory later = classFrom(after.plusSeconds(7200), after.plusSeconds(10800));
    ClassInventory dropped = classFrom(after.minusSeconds(600), after.plusSeconds(600));
    Booking ofClass = inserted(newBooking(member, target));
    inserted(newBooking(member, overlapping));
    inserted(newBooking(member, endingThen));
    inserted(newBooking(member, ended));
    inserted(newHold(member, later, newRequest()));
    Booking cancelled = inserted(newBooking(member, dropped));
    transitioned(cancelled, cancelled.cancel(now, true, false).booking());
    inserted(newBooking(newMember(), classFrom(after, after.plusSeconds(600))));

    MemberBookings around =
        inTransaction(() -> repository().activeBookingsAround(member, target.id(), after));

    assertEquals(Optional.of(ofClass), around.ofClass());
    assertEquals(Set.of(overlapping.slot(), later.slot()), Set.copyOf(around.otherSlots()));
    assertEquals(2, around.otherSlots().size());
  }

  @Test
  void aMemberWithoutBookingsHasNoneAround() {
    ClassInventory cls = newClass();
    inserted(newBooking(newMember(), cls));

    MemberBookings around =
        inTransaction(
            () -> repository().activeBookingsAround(newMember(), cls.id(), cls.startTime()));

    assertEquals(Optional.empty(), around.ofClass());
    assertEquals(Set.<TimeSlot>of(), Set.copyOf(around.otherSlots()));
  }
}
