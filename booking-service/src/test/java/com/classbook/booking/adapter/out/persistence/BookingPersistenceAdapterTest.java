package com.classbook.booking.adapter.out.persistence;

import com.classbook.booking.application.port.out.BookingRepository;
import com.classbook.booking.application.port.out.BookingRepositoryContract;
import com.classbook.booking.application.port.out.ClassInventoryRepository;
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
class BookingPersistenceAdapterTest extends BookingRepositoryContract {

  @Inject BookingRepository bookings;
  @Inject ClassInventoryRepository classes;
  @Inject TransactionRunner transactions;

  @Override
  protected BookingRepository repository() {
    return bookings;
  }

  @Override
  protected <T> T inTransaction(Supplier<Uni<T>> work) {
    // Bookings are inserted and moved in transactions of their own, as the use cases that move
    // seats and credits do.
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
