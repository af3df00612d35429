package com.classbook.catalog.adapter.out.persistence;

import com.classbook.catalog.application.port.out.AvailabilityView;
import com.classbook.catalog.domain.schedule.SeatAvailability;
import com.classbook.platform.persistence.UtcColumns;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The availability view in MySQL: one row per class, replaced by each report. */
@ApplicationScoped
public class AvailabilityPersistenceAdapter implements AvailabilityView {

  private final ClassAvailabilityJpaRepository rows;
  private final Clock clock;

  public AvailabilityPersistenceAdapter(ClassAvailabilityJpaRepository rows, Clock clock) {
    this.rows = rows;
    this.clock = clock;
  }

  @Override
  public Uni<Optional<SeatAvailability>> find(String classId) {
    return rows.findById(classId).map(row -> Optional.ofNullable(row).map(this::toDomain));
  }

  @Override
  public Uni<Map<String, SeatAvailability>> findAll(Collection<String> classIds) {
    if (classIds.isEmpty()) {
      return Uni.createFrom().item(Map.of());
    }
    return rows.list("classId in ?1", classIds)
        .map(
            list ->
                list.stream()
                    .collect(Collectors.toMap(row -> row.classId, this::toDomain, (a, b) -> a)));
  }

  @Override
  public Uni<Void> record(String classId, SeatAvailability seats) {
    return rows.findById(classId)
        .chain(
            existing -> {
              ClassAvailabilityJpaEntity row = existing;
              boolean fresh = row == null;
              if (fresh) {
                row = new ClassAvailabilityJpaEntity();
                row.classId = classId;
              }
              row.capacity = seats.capacity();
              row.freeSlots = seats.freeSlots();
              row.reservedSlots = seats.reservedSlots();
              row.bookedSlots = seats.bookedSlots();
              row.updatedAt = UtcColumns.toColumn(clock.instant());
              return fresh ? rows.persist(row).replaceWithVoid() : Uni.createFrom().voidItem();
            });
  }

  private SeatAvailability toDomain(ClassAvailabilityJpaEntity row) {
    return new SeatAvailability(row.capacity, row.freeSlots, row.reservedSlots, row.bookedSlots);
  }
}
