package com.classbook.booking.application.port.in;

import com.classbook.kernel.event.catalog.ClassState;
import com.classbook.kernel.event.catalog.PackageState;
import io.smallrye.mutiny.Uni;

/** Keeps the class and package replicas in step with the catalog's events. */
public interface SyncCatalogUseCase {

  /** Applies a class's latest state (inside the caller's inbox transaction). */
  Uni<Void> applyClass(ClassState state);

  /** Applies a package's latest state (inside the caller's inbox transaction). */
  Uni<Void> applyPackage(PackageState state);

  /** Re-publishes a class's committed free seats to the counter cache. */
  Uni<Void> refreshCounter(String classId);
}
