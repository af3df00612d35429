package com.classbook.waitlist.application.port.in;

import com.classbook.waitlist.domain.ScheduledClass;
import io.smallrye.mutiny.Uni;

/** Keeps the waitlist's replica of a class schedule up to date from catalog events. */
public interface SyncClassScheduleUseCase {
  Uni<Void> apply(ScheduledClass scheduledClass);
}
