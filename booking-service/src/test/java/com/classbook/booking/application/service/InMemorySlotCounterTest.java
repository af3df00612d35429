package com.classbook.booking.application.service;

import com.classbook.booking.application.port.out.SlotCounter;
import com.classbook.booking.application.port.out.SlotCounterContract;
import io.smallrye.mutiny.Uni;
import java.util.function.Supplier;

/** The fake of the use-case tests keeps the contract of the Redis adapter. */
class InMemorySlotCounterTest extends SlotCounterContract {

  private final BookingFakes fakes = new BookingFakes();

  @Override
  protected SlotCounter counter() {
    return fakes.counter;
  }

  @Override
  protected <T> T await(Supplier<Uni<T>> work) {
    return work.get().await().indefinitely();
  }
}
