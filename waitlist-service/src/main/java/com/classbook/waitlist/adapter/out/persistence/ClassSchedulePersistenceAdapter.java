package com.classbook.waitlist.adapter.out.persistence;

import com.classbook.platform.persistence.UtcColumns;
import com.classbook.waitlist.application.port.out.ClassScheduleRepository;
import com.classbook.waitlist.domain.ScheduledClass;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Optional;

/** The class replica in MySQL; an upsert per catalog event. */
@ApplicationScoped
public class ClassSchedulePersistenceAdapter implements ClassScheduleRepository {

  private final Clock clock;

  public ClassSchedulePersistenceAdapter(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Uni<Void> upsert(ScheduledClass c) {
    return Panache.getSession()
        .chain(
            s ->
                s.createNativeQuery(
                        "INSERT INTO class_schedule_replica (id, start_time, end_time, active,"
                            + " cancelled, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"
                            + " ON DUPLICATE KEY UPDATE start_time = ?2, end_time = ?3,"
                            + " active = ?4, cancelled = (cancelled OR ?5), updated_at = ?6")
                    .setParameter(1, c.id())
                    .setParameter(2, UtcColumns.toColumn(c.startTime()))
                    .setParameter(3, UtcColumns.toColumn(c.endTime()))
                    .setParameter(4, c.active())
                    .setParameter(5, c.cancelled())
                    .setParameter(6, UtcColumns.toColumn(clock.instant()))
                    .executeUpdate())
        .replaceWithVoid();
  }

  @Override
  public Uni<Optional<ScheduledClass>> find(String classId) {
    return Panache.getSession()
        .chain(
            s ->
                s.createNativeQuery(
                        "SELECT id, start_time, end_time, active, cancelled, updated_at"
                            + " FROM class_schedule_replica WHERE id = ?1",
                        ClassScheduleJpaEntity.class)
                    .setParameter(1, classId)
                    .getResultList())
        .map(
            rows ->
                rows.stream()
                    .findFirst()
                    .map(
                        row ->
                            new ScheduledClass(
                                row.id,
                                UtcColumns.fromColumn(row.startTime),
                                UtcColumns.fromColumn(row.endTime),
                                row.active,
                                row.cancelled)));
  }
}
