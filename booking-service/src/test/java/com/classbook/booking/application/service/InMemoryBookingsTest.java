package com.classbook.booking.application.service;

import com.classbook.booking.application.port.out.BookingRepository;
import com.classbook.booking.application.port.out.BookingRepositoryContract;
import com.classbook.booking.domain.ClassInventory;
import io.smallrye.mutiny.Uni;
import java.util.function.Supplier;

/** The fake of the use-case tests keeps the contract of the MariaDB adapter. */
class InMemoryBookingsTest extends BookingRepositoryContract {

  private final BookingFakes fakes = new BookingFakes();

  @Override
  protected BookingRepository repository() {
    return fakes.bookingRepository;
  }

  @Override
  protected <T> T inTransaction(Supplier<Uni<T>> work) {
    return work.get().await().indefinitely();
  }

  @Override
  protected void givenClass(ClassInventory cls) {
    fakes.classes.put(cls.id(), cls);
  }
}
