package com.classbook.waitlist.adapter.out.persistence;

import com.classbook.platform.testing.OnVertx;
import com.classbook.waitlist.application.port.out.FreedSlotRepository;
import com.classbook.waitlist.application.port.out.FreedSlotRepositoryContract;
import com.classbook.waitlist.application.port.out.TransactionRunner;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.util.function.Supplier;

/** The MariaDB adapter keeps the contract the fake of the use-case tests keeps. */
@QuarkusTest
class FreedSlotPersistenceAdapterTest extends FreedSlotRepositoryContract {

  @Inject FreedSlotRepository slots;
  @Inject TransactionRunner transactions;

  @Override
  protected FreedSlotRepository repository() {
    return slots;
  }

  @Override
  protected <T> T inTransaction(Supplier<Uni<T>> work) {
    return OnVertx.await(() -> transactions.inTransaction(work));
  }
}
