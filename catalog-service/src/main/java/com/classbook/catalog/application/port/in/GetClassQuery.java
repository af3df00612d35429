package com.classbook.catalog.application.port.in;

import io.smallrye.mutiny.Uni;

/** Reads one class, whatever its state, with its time zone and free seats. */
public interface GetClassQuery {
  Uni<ClassDetails> getClass(String classId);
}
