package com.classbook.catalog.application.port.in;

import io.smallrye.mutiny.Uni;

/** Cancels a class that has not started yet; cancelling twice is harmless. */
public interface CancelClassUseCase {
  Uni<ClassDetails> cancel(String classId);
}
