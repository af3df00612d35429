package com.classbook.booking.adapter.out.persistence;

import com.classbook.booking.application.port.out.ReservedSlotRepository;
import com.classbook.booking.application.port.out.ReservedSlotRepositoryContract;
import com.classbook.booking.application.port.out.TransactionRunner;
import com.classbook.platform.testing.OnVertx;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.util.function.Supplier;

/** The MariaDB adapter keeps the contract the fake of the use-case tests keeps. */
@QuarkusTest
class ReservedSlotPersistenceAdapterTest extends ReservedSlotRepositoryContract {

  @Inject ReservedSlotRepository reservedSlots;
  @Inject TransactionRunner transactions;

  @Override
  protected ReservedSlotRepository repository() {
    return reservedSlots;
  }

  @Override
  protected <T> T inTransaction(Supplier<Uni<T>> work) {
    // Seats are reserved, consumed and released in transactions of their own, as the use cases
    // that move seats do.
    return OnVertx.await(() -> transactions.inOwnTransaction(work));
  }
}
