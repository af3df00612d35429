package com.classbook.booking.adapter.out.persistence;

import com.classbook.booking.application.port.out.BookingRepository;
import com.classbook.booking.application.port.out.ConcurrentUpdate;
import com.classbook.booking.application.port.out.DuplicateBooking;
import com.classbook.booking.domain.Booking;
import com.classbook.booking.domain.BookingStatus;
import com.classbook.booking.domain.MemberBookings;
import com.classbook.booking.domain.TimeSlot;
import com.classbook.kernel.page.Page;
import com.classbook.kernel.page.PageRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Bookings in MySQL. Reads are native so they always see the latest rows of the transaction; status
 * changes are guarded by status and row version.
 */
@ApplicationScoped
public class BookingPersistenceAdapter implements BookingRepository {

  private static final String COLUMNS =
      "b.id, b.user_id, b.class_schedule_id, b.user_package_id, b.credits_used, b.status,"
          + " b.booked_at, b.cancelled_at, b.checked_in_at, b.is_refunded, b.row_version,"
          + " b.hold_request_id, b.promoted_slot_ref";
  private static final String ACTIVE = "('CONFIRMED', 'CHECKED_IN', 'WAITLISTED')";

  @Override
  public Uni<Optional<Booking>> findById(String id) {
    return one("SELECT " + COLUMNS + " FROM bookings b WHERE b.id = ?1", id);
  }

  @Override
  public Uni<Optional<Booking>> findByHoldRequest(String requestId) {
    return one("SELECT " + COLUMNS + " FROM bookings b WHERE b.hold_request_id = ?1", requestId);
  }

  @Override
  public Uni<Optional<Booking>> findActive(String userId, String classId) {
    return one(
        "SELECT "
            + COLUMNS
            + " FROM bookings b WHERE b.user_id = ?1 AND b.class_schedule_id = ?2 AND b.status IN "
            + ACTIVE,
        userId,
        classId);
  }

  @Override
  public Uni<MemberBookings> activeBookingsAround(String userId, String classId, Instant after) {
    return NativeSql.rows(
            "SELECT "
                + COLUMNS
                + ", c.start_time, c.end_time FROM bookings b JOIN class_inventory c"
                + " ON c.id = b.class_schedule_id WHERE b.user_id = ?1 AND b.status IN "
                + ACTIVE
                + " AND (b.class_schedule_id = ?2 OR c.end_time > ?3)",
            userId,
            classId,
            after)
        .map(
            rows -> {
              Optional<Booking> ofClass = Optional.empty();
              List<TimeSlot> otherSlots = new ArrayList<>();
              for (SqlRow r : rows) {
                Booking booking = toDomain(r);
                if (booking.classId().equals(classId)) {
                  ofClass = Optional.of(booking);
                } else {
                  otherSlots.add(new TimeSlot(r.instant("start_time"), r.instant("end_time")));
                }
              }
              return new MemberBookings(ofClass, otherSlots);
            });
  }

  @Override
  public Uni<Page<Booking>> pageOf(String userId, BookingStatus status, PageRequest request) {
    String where = " FROM bookings b WHERE b.user_id = ?1";
    Object[] params = {userId};
    if (status != null) {
      where += " AND b.status = ?2";
      params = new Object[] {userId, status.name()};
    }
    String pageSql =
        "SELECT "
            + COLUMNS
            + where
            + " ORDER BY b.booked_at DESC, b.id LIMIT "
            + request.size()
            + " OFFSET "
            + request.offset();
    Object[] bound = params;
    return NativeSql.count("SELECT COUNT(*)" + where, bound)
        .chain(
            total ->
                NativeSql.rows(pageSql, bound)
                    .map(
                        rows ->
                            Page.of(
                                rows.stream().map(BookingPersistenceAdapter::toDomain).toList(),
                                request,
                                total)));
  }

  @Override
  public Uni<Void> insert(Booking booking) {
    return NativeSql.update(
            "INSERT INTO bookings (id, user_id, class_schedule_id, user_package_id, credits_used,"
                + " booked_at, checked_in_at, is_cancelled, cancelled_at, is_refunded, status,"
                + " row_version, hold_request_id, promoted_slot_ref)"
                + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, 0, ?12, ?13)",
            booking.id(),
            booking.userId(),
            booking.classId(),
            booking.userPackageId(),
            booking.creditsUsed(),
            booking.bookedAt(),
            booking.checkedInAt(),
            booking.status() == BookingStatus.CANCELLED,
            booking.cancelledAt(),
            booking.refunded(),
            booking.status().name(),
            booking.holdRequestId(),
            booking.promotedSlotRef())
        .replaceWithVoid()
        .onFailure(DatabaseFailures::isUniqueViolation)
        .transform(
            failure ->
                new DuplicateBooking(
                    DatabaseFailures.mentions(failure, "uk_bookings_hold_request")
                        ? DuplicateBooking.Guard.HOLD_REQUEST
                        : DuplicateBooking.Guard.ACTIVE_PER_MEMBER_AND_CLASS));
  }

  @Override
  public Uni<Booking> transition(Booking before, Booking after) {
    return NativeSql.update(
            "UPDATE bookings SET status = ?1, is_cancelled = ?2, cancelled_at = ?3, is_refunded = ?4,"
                + " checked_in_at = ?5, promoted_slot_ref = ?6, row_version = row_version + 1"
                + " WHERE id = ?7 AND status = ?8 AND row_version = ?9",
            after.status().name(),
            after.status() == BookingStatus.CANCELLED,
            after.cancelledAt(),
            after.refunded(),
            after.checkedInAt(),
            after.promotedSlotRef(),
            before.id(),
            before.status().name(),
            before.version())
        .invoke(
            rows -> {
              if (rows != 1) {
                throw new ConcurrentUpdate("booking " + before.id() + " changed");
              }
            })
        .replaceWith(after);
  }

  @Override
  public Uni<Long> countWaitlisted(String classId) {
    return NativeSql.count(
        "SELECT COUNT(*) FROM bookings WHERE class_schedule_id = ?1 AND status = 'WAITLISTED'",
        classId);
  }

  @Override
  public Uni<List<Booking>> seatHoldersOf(String classId) {
    return NativeSql.rows(
            "SELECT "
                + COLUMNS
                + " FROM bookings b WHERE b.class_schedule_id = ?1"
                + " AND b.status IN ('CONFIRMED', 'CHECKED_IN', 'NO_SHOW') ORDER BY b.id",
            classId)
        .map(list -> list.stream().map(BookingPersistenceAdapter::toDomain).toList());
  }

  @Override
  public Uni<List<Booking>> waitingHolds(
      Instant placedBefore, Instant classStartsBefore, String afterId, int limit) {
    return NativeSql.rows(
            "SELECT "
                + COLUMNS
                + " FROM bookings b JOIN class_inventory c ON c.id = b.class_schedule_id"
                + " WHERE b.status = 'WAITLISTED' AND b.id > ?1"
                + " AND (b.booked_at < ?2 OR c.start_time < ?3) ORDER BY b.id LIMIT ?4",
            afterId,
            placedBefore,
            classStartsBefore,
            limit)
        .map(list -> list.stream().map(BookingPersistenceAdapter::toDomain).toList());
  }

  @Override
  public Uni<List<Booking>> lockActiveOfClass(String classId) {
    return NativeSql.rows(
            "SELECT "
                + COLUMNS
                + " FROM bookings b WHERE b.class_schedule_id = ?1 AND b.status IN "
                + ACTIVE
                + " ORDER BY b.id FOR UPDATE",
            classId)
        .map(list -> list.stream().map(BookingPersistenceAdapter::toDomain).toList());
  }

  @Override
  public Uni<List<Booking>> claimUncheckedOfEndedClasses(Instant now, int limit) {
    // Candidates first (plain read), then a locking read of the booking rows alone: SKIP LOCKED
    // lets another instance take the rows this one holds, and the class rows stay unlocked.
    return NativeSql.rows(
            "SELECT b.id, b.row_version FROM bookings b JOIN class_inventory c"
                + " ON c.id = b.class_schedule_id WHERE b.status = 'CONFIRMED' AND c.end_time <= ?1"
                + " ORDER BY b.id LIMIT ?2",
            now,
            limit)
        .chain(
            candidates -> {
              if (candidates.isEmpty()) {
                return Uni.createFrom().item(List.<Booking>of());
              }
              Object[] ids = candidates.stream().map(r -> r.text("id")).toArray();
              StringBuilder in = new StringBuilder();
              for (int i = 1; i <= ids.length; i++) {
                in.append(i == 1 ? "?" : ", ?").append(i);
              }
              return NativeSql.rows(
                      "SELECT "
                          + COLUMNS
                          + " FROM bookings b WHERE b.id IN ("
                          + in
                          + ") AND b.status = 'CONFIRMED' FOR UPDATE SKIP LOCKED",
                      ids)
                  .map(list -> list.stream().map(BookingPersistenceAdapter::toDomain).toList());
            });
  }

  private static Uni<Optional<Booking>> one(String sql, Object... params) {
    return NativeSql.rows(sql, params)
        .map(rows -> rows.stream().findFirst().map(BookingPersistenceAdapter::toDomain));
  }

  static Booking toDomain(SqlRow r) {
    return new Booking(
        r.text("id"),
        r.text("user_id"),
        r.text("class_schedule_id"),
        r.text("user_package_id"),
        r.integer("credits_used"),
        BookingStatus.valueOf(r.text("status")),
        r.instant("booked_at"),
        r.instant("cancelled_at"),
        r.instant("checked_in_at"),
        r.bool("is_refunded"),
        r.longValue("row_version"),
        r.text("hold_request_id"),
        r.text("promoted_slot_ref"));
  }
}
