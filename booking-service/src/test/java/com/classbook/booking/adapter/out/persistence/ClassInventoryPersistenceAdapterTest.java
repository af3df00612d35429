package com.classbook.booking.adapter.out.persistence;

import com.classbook.booking.application.port.out.ClassInventoryRepository;
import com.classbook.booking.application.port.out.ClassInventoryRepositoryContract;
import com.classbook.booking.application.port.out.TransactionRunner;
import com.classbook.booking.domain.ClassInventory;
import com.classbook.platform.testing.OnVertx;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.function.Supplier;

/** The MariaDB adapter keeps the contract the fake of the use-case tests keeps. */
@QuarkusTest
class ClassInventoryPersistenceAdapterTest extends ClassInventoryRepositoryContract {

  @Inject ClassInventoryRepository classes;
  @Inject TransactionRunner transactions;

  @Override
  protected ClassInventoryRepository repository() {
    return classes;
  }

  @Override
  protected <T> T inTransaction(Supplier<Uni<T>> work) {
    // The seat moves run in transactions of their own, as every use case that moves a seat does.
    return OnVertx.await(() -> transactions.inOwnTransaction(work));
  }

  @Override
  protected void givenClass(ClassInventory cls) {
    OnVertx.await(
        () ->
            transactions.inTransaction(
                () -> classes.insert(cls, "Contract " + cls.id(), Instant.now())));
  }
}
