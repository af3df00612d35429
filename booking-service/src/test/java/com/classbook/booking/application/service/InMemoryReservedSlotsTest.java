package com.classbook.booking.application.service;

import com.classbook.booking.application.port.out.ReservedSlotRepository;
import com.classbook.booking.application.port.out.ReservedSlotRepositoryContract;
import io.smallrye.mutiny.Uni;
import java.util.function.Supplier;

/** The fake of the use-case tests keeps the contract of the MariaDB adapter. */
class InMemoryReservedSlotsTest extends ReservedSlotRepositoryContract {

  private final BookingFakes fakes = new BookingFakes();

  @Override
  protected ReservedSlotRepository repository() {
    return fakes.reservedSlotRepository;
  }

  @Override
  protected <T> T inTransaction(Supplier<Uni<T>> work) {
    return work.get().await().indefinitely();
  }
}
