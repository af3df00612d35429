package com.classbook.booking.adapter.out.persistence;

import com.classbook.booking.application.port.out.ClassInventoryRepository;
import com.classbook.booking.domain.ClassInventory;
import com.classbook.platform.persistence.UtcColumns;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Class replicas and seat counts in MySQL. Every seat move is one guarded UPDATE whose row count
 * says whether it happened: the guard, not the lock, prevents overselling.
 */
@ApplicationScoped
public class ClassInventoryPersistenceAdapter implements ClassInventoryRepository {

  private static final String COLUMNS =
      "id, country_code, start_time, end_time, capacity, free_slots, reserved_slots,"
          + " required_credits, is_active, is_cancelled, version";

  @Override
  public Uni<Optional<ClassInventory>> find(String classId) {
    return one("SELECT " + COLUMNS + " FROM class_inventory WHERE id = ?1", classId);
  }

  @Override
  public Uni<Optional<String>> titleOf(String classId) {
    return Panache.getSession()
        .chain(
            session ->
                session
                    .createNativeQuery(
                        "SELECT title FROM class_inventory WHERE id = ?1", String.class)
                    .setParameter(1, classId)
                    .getResultList())
        .map(titles -> titles.stream().findFirst());
  }

  @Override
  public Uni<Optional<ClassInventory>> lockById(String classId) {
    return one("SELECT " + COLUMNS + " FROM class_inventory WHERE id = ?1 FOR UPDATE", classId);
  }

  @Override
  public Uni<Optional<ClassInventory>> takeFreeSlot(String classId, Instant now) {
    // Applied to the latest committed row whatever the transaction's snapshot said: a class
    // cancelled, deactivated or started since that snapshot gives no seat.
    return changed(
            "UPDATE class_inventory SET free_slots = free_slots - 1, version = version + 1"
                + " WHERE id = ?1 AND free_slots > 0 AND is_cancelled = FALSE"
                + " AND is_active = TRUE AND start_time > ?2",
            classId,
            now)
        .chain(taken -> taken ? lockById(classId) : Uni.createFrom().item(Optional.empty()));
  }

  @Override
  public Uni<Boolean> returnFreeSlot(String classId) {
    return changed(
        "UPDATE class_inventory SET free_slots = free_slots + 1, version = version + 1"
            + " WHERE id = ?1 AND free_slots + reserved_slots < capacity",
        classId);
  }

  @Override
  public Uni<Boolean> reserveSlot(String classId) {
    return changed(
        "UPDATE class_inventory SET reserved_slots = reserved_slots + 1, version = version + 1"
            + " WHERE id = ?1 AND free_slots + reserved_slots < capacity",
        classId);
  }

  @Override
  public Uni<Boolean> consumeReservedSlot(String classId) {
    return changed(
        "UPDATE class_inventory SET reserved_slots = reserved_slots - 1, version = version + 1"
            + " WHERE id = ?1 AND reserved_slots > 0",
        classId);
  }

  @Override
  public Uni<Boolean> releaseReservedSlot(String classId) {
    return changed(
        "UPDATE class_inventory SET reserved_slots = reserved_slots - 1,"
            + " free_slots = free_slots + 1, version = version + 1"
            + " WHERE id = ?1 AND reserved_slots > 0",
        classId);
  }

  @Override
  public Uni<Void> insert(ClassInventory cls, String title, Instant now) {
    ClassInventoryJpaEntity row = new ClassInventoryJpaEntity();
    row.id = cls.id();
    row.title = title;
    row.countryCode = cls.countryCode();
    row.startTime = UtcColumns.toColumn(cls.startTime());
    row.endTime = UtcColumns.toColumn(cls.endTime());
    row.capacity = cls.capacity();
    row.freeSlots = cls.freeSlots();
    row.reservedSlots = cls.reservedSlots();
    row.requiredCredits = cls.requiredCredits();
    row.active = cls.active();
    row.cancelled = cls.cancelled();
    row.updatedAt = UtcColumns.toColumn(now);
    return Panache.getSession().chain(session -> session.persist(row).chain(session::flush));
  }

  @Override
  public Uni<Void> update(ClassInventory latest, String title, Instant now) {
    return NativeSql.update(
            "UPDATE class_inventory SET title = ?1, country_code = ?2, start_time = ?3,"
                + " end_time = ?4, capacity = ?5, free_slots = ?6, reserved_slots = ?13,"
                + " required_credits = ?7, is_active = ?8, is_cancelled = ?9, updated_at = ?10,"
                + " version = version + 1 WHERE id = ?11 AND version = ?12",
            title,
            latest.countryCode(),
            latest.startTime(),
            latest.endTime(),
            latest.capacity(),
            latest.freeSlots(),
            latest.requiredCredits(),
            latest.active(),
            latest.cancelled(),
            now,
            latest.id(),
            latest.version(),
            latest.reservedSlots())
        .invoke(
            rows -> {
              if (rows != 1) {
                throw new IllegalStateException("class " + latest.id() + " changed while locked");
              }
            })
        .replaceWithVoid();
  }

  @Override
  public Uni<Void> markCancelled(String classId, Instant now) {
    return NativeSql.update(
            "UPDATE class_inventory SET is_cancelled = TRUE, free_slots = 0, reserved_slots = 0,"
                + " updated_at = ?1, version = version + 1 WHERE id = ?2",
            now,
            classId)
        .replaceWithVoid();
  }

  @Override
  public Uni<List<ClassInventory>> notEnded(Instant now, int limit) {
    return NativeSql.rows(
            "SELECT "
                + COLUMNS
                + " FROM class_inventory WHERE end_time > ?1 ORDER BY start_time"
                + " LIMIT ?2",
            now,
            limit)
        .map(rows -> rows.stream().map(ClassInventoryPersistenceAdapter::toDomain).toList());
  }

  private static Uni<Boolean> changed(String sql, Object... params) {
    return NativeSql.update(sql, params).map(rows -> rows == 1);
  }

  private static Uni<Optional<ClassInventory>> one(String sql, Object... params) {
    return NativeSql.rows(sql, params)
        .map(rows -> rows.stream().findFirst().map(ClassInventoryPersistenceAdapter::toDomain));
  }

  private static ClassInventory toDomain(SqlRow r) {
    return new ClassInventory(
        r.text("id"),
        r.text("country_code"),
        r.instant("start_time"),
        r.instant("end_time"),
        r.integer("capacity"),
        r.integer("free_slots"),
        r.integer("reserved_slots"),
        r.integer("required_credits"),
        r.bool("is_active"),
        r.bool("is_cancelled"),
        r.longValue("version"));
  }
}
