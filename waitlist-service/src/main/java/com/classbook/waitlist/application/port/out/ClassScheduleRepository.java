package com.classbook.waitlist.application.port.out;

import com.classbook.waitlist.domain.ScheduledClass;
import io.smallrye.mutiny.Uni;
import java.util.Optional;

/** The replica of class schedules fed by catalog events; runs in a transaction. */
public interface ClassScheduleRepository {
  /** Inserts or replaces the class; a cancellation is never undone by a later event. */
  Uni<Void> upsert(ScheduledClass scheduledClass);

  Uni<Optional<ScheduledClass>> find(String classId);
}
