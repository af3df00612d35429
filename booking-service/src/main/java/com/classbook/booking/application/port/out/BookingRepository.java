package com.classbook.booking.application.port.out;

import com.classbook.booking.domain.Booking;
import com.classbook.booking.domain.BookingStatus;
import com.classbook.booking.domain.MemberBookings;
import com.classbook.kernel.page.Page;
import com.classbook.kernel.page.PageRequest;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Stores bookings and holds; every status change is a guarded update that reports success. */
public interface BookingRepository {

  Uni<Optional<Booking>> findById(String id);

  Uni<Optional<Booking>> findByHoldRequest(String requestId);

  /** The member's CONFIRMED, CHECKED_IN or WAITLISTED booking of the class, if any. */
  Uni<Optional<Booking>> findActive(String userId, String classId);

  /**
   * In one read: the member's active booking of the class and the time slots of the member's active
   * bookings of other classes ending after {@code after}.
   */
  Uni<MemberBookings> activeBookingsAround(String userId, String classId, Instant after);

  /** One page of the member's bookings, newest first (then by id), optionally of one status. */
  Uni<Page<Booking>> pageOf(String userId, BookingStatus status, PageRequest request);

  /** Inserts a new booking; fails with {@link DuplicateBooking} when a unique guard refuses it. */
  Uni<Void> insert(Booking booking);

  /**
   * Writes {@code after} only if the row still has {@code before}'s status and version; fails with
   * {@link ConcurrentUpdate} when another writer changed it first. Returns {@code after}.
   */
  Uni<Booking> transition(Booking before, Booking after);

  Uni<Long> countWaitlisted(String classId);

  /** The class's bookings that hold a seat: CONFIRMED, CHECKED_IN and NO_SHOW. */
  Uni<List<Booking>> seatHoldersOf(String classId);

  /** Active bookings and holds of a class, locked for the rest of the transaction. */
  Uni<List<Booking>> lockActiveOfClass(String classId);

  /**
   * WAITLISTED holds placed before {@code placedBefore} or of a class starting before {@code
   * classStartsBefore}, by id after {@code afterId} (keyset paging).
   */
  Uni<List<Booking>> waitingHolds(
      Instant placedBefore, Instant classStartsBefore, String afterId, int limit);

  /** CONFIRMED bookings of classes ended at {@code now}, claimed with SKIP LOCKED. */
  Uni<List<Booking>> claimUncheckedOfEndedClasses(Instant now, int limit);
}
