package com.classbook.waitlist.adapter.out.persistence;

import com.classbook.platform.persistence.UtcColumns;
import com.classbook.waitlist.application.port.out.FreedSlotRepository;
import com.classbook.waitlist.domain.FreedSlot;
import com.classbook.waitlist.domain.FreedSlotState;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Freed seats in MySQL: INSERT IGNORE on the slot reference and guarded state changes. */
@ApplicationScoped
public class FreedSlotPersistenceAdapter implements FreedSlotRepository {

  private static final String COLUMNS =
      "slot_ref, class_schedule_id, state, promoted_entry_id, received_at, resolved_at, attempts,"
          + " next_attempt_at";

  @Override
  public Uni<Boolean> recordIfNew(FreedSlot slot) {
    return Panache.getSession()
        .chain(
            s ->
                s.createNativeQuery(
                        "INSERT IGNORE INTO freed_slot (slot_ref, class_schedule_id, state,"
                            + " received_at, next_attempt_at) VALUES (?1, ?2, ?3, ?4, ?4)")
                    .setParameter(1, slot.slotRef())
                    .setParameter(2, slot.classId())
                    .setParameter(3, slot.state().name())
                    .setParameter(4, UtcColumns.toColumn(slot.nextAttemptAt()))
                    .executeUpdate())
        .map(rows -> rows == 1);
  }

  @Override
  public Uni<Optional<FreedSlot>> find(String slotRef) {
    return select("SELECT " + COLUMNS + " FROM freed_slot WHERE slot_ref = ?1", slotRef, null)
        .map(rows -> rows.stream().findFirst());
  }

  @Override
  public Uni<Boolean> resolve(String slotRef, FreedSlotState state, String entryId, Instant now) {
    return Panache.getSession()
        .chain(
            s ->
                s.createNativeQuery(
                        "UPDATE freed_slot SET state = ?1, promoted_entry_id = ?2, resolved_at = ?3"
                            + " WHERE slot_ref = ?4 AND state = 'PENDING'")
                    .setParameter(1, state.name())
                    .setParameter(2, entryId)
                    .setParameter(3, UtcColumns.toColumn(now))
                    .setParameter(4, slotRef)
                    .executeUpdate())
        .map(rows -> rows == 1);
  }

  @Override
  public Uni<Void> postpone(String slotRef, Instant nextAttemptAt) {
    return Panache.getSession()
        .chain(
            s ->
                s.createNativeQuery(
                        "UPDATE freed_slot SET attempts = attempts + 1, next_attempt_at = ?1"
                            + " WHERE slot_ref = ?2 AND state = 'PENDING'")
                    .setParameter(1, UtcColumns.toColumn(nextAttemptAt))
                    .setParameter(2, slotRef)
                    .executeUpdate())
        .replaceWithVoid();
  }

  @Override
  public Uni<List<FreedSlot>> due(Instant now, int limit) {
    return select(
        "SELECT "
            + COLUMNS
            + " FROM freed_slot WHERE state = 'PENDING' AND next_attempt_at <= ?1"
            + " ORDER BY next_attempt_at LIMIT ?2",
        UtcColumns.toColumn(now),
        limit);
  }

  private Uni<List<FreedSlot>> select(String sql, Object first, Object second) {
    return Panache.getSession()
        .chain(
            s -> {
              var query = s.createNativeQuery(sql, FreedSlotJpaEntity.class).setParameter(1, first);
              if (second != null) {
                query.setParameter(2, second);
              }
              return query.getResultList();
            })
        .map(
            rows ->
                rows.stream()
                    .map(
                        row ->
                            new FreedSlot(
                                row.slotRef,
                                row.classId,
                                FreedSlotState.valueOf(row.state),
                                row.attempts,
                                UtcColumns.fromColumn(row.nextAttemptAt)))
                    .toList());
  }
}
