package com.classbook.catalog.application.port.in;

import io.smallrye.mutiny.Uni;

/** Schedules a new class in an active country and announces it. */
public interface ScheduleClassUseCase {
  Uni<ClassDetails> schedule(ScheduleClassCommand command);
}
