package com.classbook.booking.adapter.out.persistence;

import com.classbook.booking.domain.ClassInventory;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.time.Instant;
import java.util.Optional;

/**
 * The class inventory with its seat guard removed: a seat is taken by read-then-write, a
 * lost-update race on purpose. Only the negative-control test enables it, to prove the race the
 * guard prevents.
 */
@Alternative
@ApplicationScoped
public class UnguardedClassInventory extends ClassInventoryPersistenceAdapter {

  @Override
  public Uni<Optional<ClassInventory>> takeFreeSlot(String classId, Instant now) {
    return NativeSql.rows("SELECT free_slots, version FROM class_inventory WHERE id = ?1", classId)
        .map(rows -> rows.isEmpty() ? 0 : rows.get(0).integer("free_slots"))
        .chain(
            free ->
                free <= 0
                    ? Uni.createFrom().item(false)
                    : NativeSql.update(
                            "UPDATE class_inventory SET free_slots = ?1, version = version + 1"
                                + " WHERE id = ?2",
                            free - 1,
                            classId)
                        .map(rows -> rows == 1))
        .chain(taken -> taken ? lockById(classId) : Uni.createFrom().item(Optional.empty()));
  }
}
