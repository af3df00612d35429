package com.classbook.catalog.adapter.out.persistence;

import com.classbook.catalog.application.port.out.ClassScheduleRepository;
import com.classbook.catalog.domain.schedule.ClassSchedule;
import com.classbook.kernel.value.CountryCode;
import com.classbook.platform.persistence.UtcColumns;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** Class schedules in MySQL through Hibernate Reactive. */
@ApplicationScoped
public class ClassSchedulePersistenceAdapter implements ClassScheduleRepository {

  private static final String LISTED =
      "countryCode = :country and active = true and cancelled = false and startTime >= :from";

  private final ClassScheduleJpaRepository rows;
  private final Clock clock;

  public ClassSchedulePersistenceAdapter(ClassScheduleJpaRepository rows, Clock clock) {
    this.rows = rows;
    this.clock = clock;
  }

  @Override
  public Uni<Optional<ClassSchedule>> findById(String id) {
    return rows.findById(id).map(row -> Optional.ofNullable(toDomain(row)));
  }

  @Override
  public Uni<Optional<ClassSchedule>> findByIdForUpdate(String id) {
    return RowLocks.lock("class_schedules", "id", id).chain(() -> findById(id));
  }

  @Override
  public Uni<SchedulePage> findListed(
      CountryCode country, Instant from, Instant to, int page, int size) {
    String where = to == null ? LISTED : LISTED + " and startTime < :to";
    Parameters params =
        Parameters.with("country", country.value()).and("from", UtcColumns.toColumn(from));
    if (to != null) {
      params = params.and("to", UtcColumns.toColumn(to));
    }
    Parameters bound = params;
    return rows.count(where, bound)
        .chain(
            total ->
                rows.find(where, Sort.by("startTime").and("id"), bound)
                    .page(Page.of(page, size))
                    .list()
                    .map(
                        list ->
                            new SchedulePage(
                                list.stream()
                                    .map(ClassSchedulePersistenceAdapter::toDomain)
                                    .toList(),
                                total)));
  }

  @Override
  public Uni<List<ClassSchedule>> findNotEndedByCountry(CountryCode country, Instant now) {
    return rows.list(
            "countryCode = ?1 and endTime > ?2",
            Sort.by("startTime").and("id"),
            country.value(),
            UtcColumns.toColumn(now))
        .map(list -> list.stream().map(ClassSchedulePersistenceAdapter::toDomain).toList());
  }

  @Override
  public Uni<Void> add(ClassSchedule schedule) {
    ClassScheduleJpaEntity row = new ClassScheduleJpaEntity();
    row.id = schedule.id();
    row.countryCode = schedule.countryCode().value();
    row.startTime = UtcColumns.toColumn(schedule.startTime());
    row.endTime = UtcColumns.toColumn(schedule.endTime());
    row.requiredCredits = schedule.requiredCredits();
    row.createdAt = UtcColumns.toColumn(clock.instant());
    copy(schedule, row);
    return rows.persist(row).replaceWithVoid();
  }

  @Override
  public Uni<Void> save(ClassSchedule schedule) {
    return rows.findById(schedule.id())
        .invoke(row -> copy(schedule, row))
        .call(rows::flush)
        .invoke(row -> schedule.atVersion(row.version))
        .replaceWithVoid();
  }

  private void copy(ClassSchedule schedule, ClassScheduleJpaEntity row) {
    LocalDateTime now = UtcColumns.toColumn(clock.instant());
    row.title = schedule.title();
    row.description = schedule.description();
    row.capacity = schedule.capacity();
    row.active = schedule.active();
    if (schedule.cancelled() && !row.cancelled) {
      row.cancelledAt = now;
    }
    row.cancelled = schedule.cancelled();
    row.updatedAt = now;
  }

  private static ClassSchedule toDomain(ClassScheduleJpaEntity row) {
    return row == null
        ? null
        : new ClassSchedule(
                row.id,
                row.title,
                row.description,
                new CountryCode(row.countryCode),
                UtcColumns.fromColumn(row.startTime),
                UtcColumns.fromColumn(row.endTime),
                row.capacity,
                row.requiredCredits,
                row.active,
                row.cancelled)
            .atVersion(row.version);
  }
}
