package com.classbook.booking.adapter.out.persistence;

import com.classbook.booking.application.port.out.TransactionRunner;
import com.classbook.booking.application.port.out.UserPackageRepository;
import com.classbook.booking.application.port.out.UserPackageRepositoryContract;
import com.classbook.booking.domain.UserPackage;
import com.classbook.platform.testing.OnVertx;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.util.function.Supplier;

/** The MariaDB adapter keeps the contract the fake of the use-case tests keeps. */
@QuarkusTest
class UserPackagePersistenceAdapterTest extends UserPackageRepositoryContract {

  @Inject UserPackageRepository wallet;
  @Inject TransactionRunner transactions;

  @Override
  protected UserPackageRepository repository() {
    return wallet;
  }

  @Override
  protected <T> T inTransaction(Supplier<Uni<T>> work) {
    // Debits and refunds run in transactions of their own, as every use case that moves money does.
    return OnVertx.await(() -> transactions.inOwnTransaction(work));
  }

  @Override
  protected void givenPackage(UserPackage userPackage) {
    inTransaction(() -> wallet.insert(userPackage));
  }
}
