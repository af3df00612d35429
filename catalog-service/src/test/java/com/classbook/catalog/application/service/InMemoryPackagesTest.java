package com.classbook.catalog.application.service;

import com.classbook.catalog.application.port.out.PackageRepository;
import com.classbook.catalog.application.port.out.PackageRepositoryContract;
import com.classbook.kernel.value.CountryCode;
import io.smallrye.mutiny.Uni;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/** The fake of the use-case tests keeps the contract of the MariaDB adapter. */
class InMemoryPackagesTest extends PackageRepositoryContract {

  private final PackageRepository packages = new InMemoryCatalog().packageRepository();
  private final Iterator<String> codes = List.of(Locale.getISOCountries()).iterator();

  @Override
  protected PackageRepository repository() {
    return packages;
  }

  @Override
  protected <T> T inTransaction(Supplier<Uni<T>> work) {
    return work.get().await().indefinitely();
  }

  @Override
  protected CountryCode newCountry() {
    return new CountryCode(codes.next());
  }

  @Override
  protected void forget(CountryCode country) {
    // A new catalog per test: nothing outlives it.
  }
}
