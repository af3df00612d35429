package com.classbook.catalog.application.service;

import com.classbook.catalog.application.port.out.AvailabilityView;
import com.classbook.catalog.application.port.out.AvailabilityViewContract;
import io.smallrye.mutiny.Uni;
import java.util.function.Supplier;

/** The fake of the use-case tests keeps the contract of the MariaDB adapter. */
class InMemoryAvailabilityViewTest extends AvailabilityViewContract {

  private final AvailabilityView view = new InMemoryCatalog().availabilityView();

  @Override
  protected AvailabilityView view() {
    return view;
  }

  @Override
  protected <T> T inTransaction(Supplier<Uni<T>> work) {
    return work.get().await().indefinitely();
  }

  @Override
  protected void forget(String classId) {
    // A new catalog per test: nothing outlives it.
  }
}
