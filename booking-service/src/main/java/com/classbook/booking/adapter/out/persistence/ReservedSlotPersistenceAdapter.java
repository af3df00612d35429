package com.classbook.booking.adapter.out.persistence;

import com.classbook.booking.application.port.out.ConcurrentUpdate;
import com.classbook.booking.application.port.out.ReservedSlotRepository;
import com.classbook.booking.domain.ReservedSlot;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Reserved seats in MySQL; state changes are guarded so each seat is used exactly once. */
@ApplicationScoped
public class ReservedSlotPersistenceAdapter implements ReservedSlotRepository {

  @Override
  public Uni<Void> reserve(String slotRef, String classId, Instant now) {
    return NativeSql.update(
            "INSERT INTO reserved_slot (slot_ref, class_id, created_at, state)"
                + " VALUES (?1, ?2, ?3, ?4)",
            slotRef,
            classId,
            now,
            ReservedSlot.State.RESERVED.name())
        .replaceWithVoid();
  }

  @Override
  public Uni<Optional<ReservedSlot>> find(String slotRef, String classId) {
    return NativeSql.rows(
            "SELECT slot_ref, class_id, state, used_by_booking_id FROM reserved_slot"
                + " WHERE slot_ref = ?1 AND class_id = ?2 FOR UPDATE",
            slotRef,
            classId)
        .map(rows -> rows.stream().findFirst().map(ReservedSlotPersistenceAdapter::toDomain));
  }

  @Override
  public Uni<List<ReservedSlot>> reservedBefore(Instant createdBefore, String afterRef, int limit) {
    return NativeSql.rows(
            "SELECT slot_ref, class_id, state, used_by_booking_id FROM reserved_slot"
                + " WHERE state = 'RESERVED' AND slot_ref > ?1 AND created_at < ?2"
                + " ORDER BY slot_ref LIMIT ?3",
            afterRef,
            createdBefore,
            limit)
        .map(rows -> rows.stream().map(ReservedSlotPersistenceAdapter::toDomain).toList());
  }

  private static ReservedSlot toDomain(SqlRow r) {
    return new ReservedSlot(
        r.text("slot_ref"),
        r.text("class_id"),
        ReservedSlot.State.valueOf(r.text("state")),
        r.text("used_by_booking_id"));
  }

  @Override
  public Uni<Boolean> consume(String slotRef, String classId, String bookingId) {
    return NativeSql.update(
            "UPDATE reserved_slot SET state = 'CONSUMED', used_by_booking_id = ?1"
                + " WHERE slot_ref = ?2 AND class_id = ?3 AND state = 'RESERVED'",
            bookingId,
            slotRef,
            classId)
        .map(rows -> rows == 1);
  }

  @Override
  public Uni<Void> release(String slotRef, String classId) {
    return NativeSql.update(
            "UPDATE reserved_slot SET state = 'RELEASED'"
                + " WHERE slot_ref = ?1 AND class_id = ?2 AND state = 'RESERVED'",
            slotRef,
            classId)
        .invoke(
            rows -> {
              if (rows != 1) {
                throw new ConcurrentUpdate("slot " + slotRef + " changed");
              }
            })
        .replaceWithVoid();
  }

  @Override
  public Uni<Integer> releaseAllOf(String classId) {
    return NativeSql.update(
        "UPDATE reserved_slot SET state = 'RELEASED' WHERE class_id = ?1 AND state = 'RESERVED'",
        classId);
  }
}
