package com.classbook.identity.application.service;

import com.classbook.identity.application.port.out.CountryReplica;
import com.classbook.identity.application.port.out.CountryReplicaContract;
import io.smallrye.mutiny.Uni;
import java.util.function.Supplier;

/** The fake of the use-case tests keeps the contract of the MariaDB adapter. */
class InMemoryCountriesTest extends CountryReplicaContract {

  private final IdentityFakes.Countries countries = new IdentityFakes.Countries();

  @Override
  protected CountryReplica replica() {
    return countries;
  }

  @Override
  protected <T> T inTransaction(Supplier<Uni<T>> work) {
    return work.get().await().indefinitely();
  }

  @Override
  protected void forget(String code) {
    countries.byCode.remove(code);
  }
}
