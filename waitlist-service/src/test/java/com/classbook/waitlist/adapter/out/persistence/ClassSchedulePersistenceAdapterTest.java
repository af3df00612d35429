package com.classbook.waitlist.adapter.out.persistence;

import com.classbook.platform.testing.OnVertx;
import com.classbook.waitlist.application.port.out.ClassScheduleRepository;
import com.classbook.waitlist.application.port.out.ClassScheduleRepositoryContract;
import com.classbook.waitlist.application.port.out.TransactionRunner;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.util.function.Supplier;

/** The MariaDB adapter keeps the contract the fake of the use-case tests keeps. */
@QuarkusTest
class ClassSchedulePersistenceAdapterTest extends ClassScheduleRepositoryContract {

  @Inject ClassScheduleRepository classes;
  @Inject TransactionRunner transactions;

  @Override
  protected ClassScheduleRepository repository() {
    return classes;
  }

  @Override
  protected <T> T inTransaction(Supplier<Uni<T>> work) {
    return OnVertx.await(() -> transactions.inTransaction(work));
  }
}
