package com.classbook.catalog.application.port.in;

import io.smallrye.mutiny.Uni;

/** Changes a class's title, description, capacity or active flag and announces the change. */
public interface UpdateClassUseCase {
  Uni<ClassDetails> update(UpdateClassCommand command);
}
