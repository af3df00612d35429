package com.classbook.catalog.application.port.in;

import io.smallrye.mutiny.Uni;

/** Stores the latest seat counts the booking service reported for a class. */
public interface RecordAvailabilityUseCase {
  Uni<Void> record(RecordAvailabilityCommand command);
}
