package com.classbook.booking.adapter.out.persistence;

import com.classbook.booking.application.port.out.WaitlistReplica;
import com.classbook.booking.domain.WaitlistPlace;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/** The waitlist-entry replica in MySQL. */
@ApplicationScoped
public class WaitlistReplicaPersistenceAdapter implements WaitlistReplica {

  @Override
  public Uni<Void> upsert(WaitlistPlace place, Instant now) {
    // status is assigned last: MySQL applies the assignments in order, so its CASE reads the row's
    // old status. Only a WAITING entry changes status; an ended one stays ended.
    return NativeSql.update(
            "INSERT INTO waitlist_entry_replica"
                + " (id, user_id, class_id, booking_id, status, joined_at, updated_at)"
                + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"
                + " ON DUPLICATE KEY UPDATE booking_id = COALESCE(?8, booking_id),"
                + " joined_at = COALESCE(?9, joined_at), updated_at = ?10,"
                + " status = CASE WHEN status = 'WAITING' THEN ?11 ELSE status END",
            place.entryId(),
            place.userId(),
            place.classId(),
            place.holdId(),
            place.status(),
            place.joinedAt(),
            now,
            place.holdId(),
            place.joinedAt(),
            now,
            place.status())
        .replaceWithVoid();
  }

  @Override
  public Uni<List<WaitlistPlace>> waitingOf(String classId) {
    // The hold is this service's own row: once it is promoted (CONFIRMED) or released (CANCELLED)
    // the entry no longer waits, even before the waitlist's event says so.
    return NativeSql.rows(
            "SELECT w.id, w.user_id, w.class_id, w.booking_id, w.status, w.joined_at"
                + " FROM waitlist_entry_replica w LEFT JOIN bookings b ON b.id = w.booking_id"
                + " WHERE w.class_id = ?1 AND w.status = 'WAITING'"
                + " AND (b.id IS NULL OR b.status = 'WAITLISTED')"
                + " ORDER BY w.joined_at IS NULL, w.joined_at, w.id",
            classId)
        .map(
            rows ->
                rows.stream()
                    .map(
                        r ->
                            new WaitlistPlace(
                                r.text("id"),
                                r.text("user_id"),
                                r.text("class_id"),
                                r.text("booking_id"),
                                r.text("status"),
                                r.instant("joined_at")))
                    .toList());
  }
}
