package com.classbook.identity.adapter.out.persistence;

import com.classbook.identity.application.port.out.TransactionRunner;
import com.classbook.identity.application.port.out.UserRepository;
import com.classbook.identity.application.port.out.UserRepositoryContract;
import com.classbook.platform.testing.OnVertx;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.util.function.Supplier;

/** The MariaDB adapter keeps the contract the fake of the use-case tests keeps. */
@QuarkusTest
class UserPersistenceAdapterTest extends UserRepositoryContract {

  @Inject UserRepository users;
  @Inject TransactionRunner transactions;

  @Override
  protected UserRepository repository() {
    return users;
  }

  @Override
  protected <T> T inTransaction(Supplier<Uni<T>> work) {
    return OnVertx.await(() -> transactions.inTransaction(work));
  }
}
