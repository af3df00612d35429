package com.classbook.catalog.adapter.out.persistence;

import com.classbook.catalog.application.port.out.PackageRepository;
import com.classbook.catalog.application.port.out.PackageRepositoryContract;
import com.classbook.catalog.application.port.out.TransactionRunner;
import com.classbook.catalog.support.TestDatabase;
import com.classbook.kernel.value.CountryCode;
import com.classbook.platform.testing.OnVertx;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.util.function.Supplier;

/** The MariaDB adapter keeps the contract the fake of the use-case tests keeps. */
@QuarkusTest
class PackagePersistenceAdapterTest extends PackageRepositoryContract {

  @Inject PackageRepository packages;
  @Inject TransactionRunner transactions;
  @Inject TestDatabase database;

  @Override
  protected PackageRepository repository() {
    return packages;
  }

  @Override
  protected <T> T inTransaction(Supplier<Uni<T>> work) {
    return OnVertx.await(() -> transactions.inTransaction(work));
  }

  @Override
  protected CountryCode newCountry() {
    return new CountryCode(database.addUnpublishedCountry());
  }

  @Override
  protected void forget(CountryCode country) {
    database.deleteCountry(country.value());
  }
}
