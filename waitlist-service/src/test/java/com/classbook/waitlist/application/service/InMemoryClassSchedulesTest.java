package com.classbook.waitlist.application.service;

import com.classbook.waitlist.application.port.out.ClassScheduleRepository;
import com.classbook.waitlist.application.port.out.ClassScheduleRepositoryContract;
import io.smallrye.mutiny.Uni;
import java.util.function.Supplier;

/** The fake of the use-case tests keeps the contract of the MariaDB adapter. */
class InMemoryClassSchedulesTest extends ClassScheduleRepositoryContract {

  private final WaitlistFakes.Classes classes = new WaitlistFakes.Classes();

  @Override
  protected ClassScheduleRepository repository() {
    return classes;
  }

  @Override
  protected <T> T inTransaction(Supplier<Uni<T>> work) {
    return work.get().await().indefinitely();
  }
}
