package com.classbook.waitlist.application.service;

import com.classbook.waitlist.application.port.out.FreedSlotRepository;
import com.classbook.waitlist.application.port.out.FreedSlotRepositoryContract;
import io.smallrye.mutiny.Uni;
import java.util.function.Supplier;

/** The fake of the use-case tests keeps the contract of the MariaDB adapter. */
class InMemoryFreedSlotsTest extends FreedSlotRepositoryContract {

  private final WaitlistFakes.Slots slots = new WaitlistFakes.Slots();

  @Override
  protected FreedSlotRepository repository() {
    return slots;
  }

  @Override
  protected <T> T inTransaction(Supplier<Uni<T>> work) {
    return work.get().await().indefinitely();
  }
}
