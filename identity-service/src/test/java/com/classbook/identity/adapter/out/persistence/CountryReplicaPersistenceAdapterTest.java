package com.classbook.identity.adapter.out.persistence;

import com.classbook.identity.application.port.out.CountryReplica;
import com.classbook.identity.application.port.out.CountryReplicaContract;
import com.classbook.identity.application.port.out.TransactionRunner;
import com.classbook.identity.support.Countries;
import com.classbook.platform.testing.OnVertx;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.util.function.Supplier;

/** The MariaDB adapter keeps the contract the fake of the use-case tests keeps. */
@QuarkusTest
class CountryReplicaPersistenceAdapterTest extends CountryReplicaContract {

  @Inject CountryReplica countries;
  @Inject TransactionRunner transactions;

  @Override
  protected CountryReplica replica() {
    return countries;
  }

  @Override
  protected <T> T inTransaction(Supplier<Uni<T>> work) {
    return OnVertx.await(() -> transactions.inTransaction(work));
  }

  @Override
  protected void forget(String code) {
    Countries.forget(code);
  }
}
