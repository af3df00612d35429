package com.classbook.catalog.adapter.out.persistence;

import com.classbook.catalog.application.port.out.AvailabilityView;
import com.classbook.catalog.application.port.out.AvailabilityViewContract;
import com.classbook.catalog.application.port.out.TransactionRunner;
import com.classbook.catalog.support.TestDatabase;
import com.classbook.platform.testing.OnVertx;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.util.function.Supplier;

/** The MariaDB adapter keeps the contract the fake of the use-case tests keeps. */
@QuarkusTest
class AvailabilityPersistenceAdapterTest extends AvailabilityViewContract {

  @Inject AvailabilityView view;
  @Inject TransactionRunner transactions;
  @Inject TestDatabase database;

  @Override
  protected AvailabilityView view() {
    return view;
  }

  @Override
  protected <T> T inTransaction(Supplier<Uni<T>> work) {
    return OnVertx.await(() -> transactions.inTransaction(work));
  }

  @Override
  protected void forget(String classId) {
    database.update("DELETE FROM class_availability WHERE class_id = ?", classId);
  }
}
