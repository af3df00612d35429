package com.classbook.catalog.application.service;

import com.classbook.catalog.application.port.out.CountryRepository;
import com.classbook.catalog.application.port.out.CountryRepositoryContract;
import io.smallrye.mutiny.Uni;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/** The fake of the use-case tests keeps the contract of the MariaDB adapter. */
class InMemoryCountriesTest extends CountryRepositoryContract {

  private final InMemoryCatalog catalog = new InMemoryCatalog();
  private final CountryRepository countries = catalog.countryRepository();
  private final Iterator<String> codes = List.of(Locale.getISOCountries()).iterator();

  @Override
  protected CountryRepository repository() {
    return countries;
  }

  @Override
  protected <T> T inTransaction(Supplier<Uni<T>> work) {
    return work.get().await().indefinitely();
  }

  @Override
  protected String freeCode() {
    return codes.next();
  }

  @Override
  protected void forget(String code) {
    // A new catalog per test: nothing outlives it.
  }
}
