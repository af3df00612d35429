package com.classbook.catalog.adapter.out.persistence;

import com.classbook.catalog.application.port.out.CountryRepository;
import com.classbook.catalog.application.port.out.CountryRepositoryContract;
import com.classbook.catalog.application.port.out.TransactionRunner;
import com.classbook.catalog.support.TestDatabase;
import com.classbook.platform.testing.OnVertx;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/** The MariaDB adapter keeps the contract the fake of the use-case tests keeps. */
@QuarkusTest
class CountryRepositoryContractTest extends CountryRepositoryContract {

  @Inject CountryRepository countries;
  @Inject TransactionRunner transactions;
  @Inject TestDatabase database;

  private final List<String> handedOut = new ArrayList<>();

  @Override
  protected CountryRepository repository() {
    return countries;
  }

  @Override
  protected <T> T inTransaction(Supplier<Uni<T>> work) {
    return OnVertx.await(() -> transactions.inTransaction(work));
  }

  @Override
  protected String freeCode() {
    List<String> free = new ArrayList<>(List.of(Locale.getISOCountries()));
    free.removeAll(database.strings("SELECT code FROM countries"));
    free.removeAll(handedOut);
    free.remove("AQ");
    String code = free.get(free.size() / 2 + handedOut.size());
    handedOut.add(code);
    return code;
  }

  @Override
  protected void forget(String code) {
    database.deleteCountry(code);
  }
}
