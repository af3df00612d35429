package com.classbook.catalog.application.service;

import com.classbook.catalog.application.port.out.ClassScheduleRepository;
import com.classbook.catalog.application.port.out.ClassScheduleRepositoryContract;
import com.classbook.kernel.value.CountryCode;
import io.smallrye.mutiny.Uni;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/** The fake of the use-case tests keeps the contract of the MariaDB adapter. */
class InMemoryClassSchedulesTest extends ClassScheduleRepositoryContract {

  private final ClassScheduleRepository classes = new InMemoryCatalog().classRepository();
  private final Iterator<String> codes = List.of(Locale.getISOCountries()).iterator();

  @Override
  protected ClassScheduleRepository repository() {
    return classes;
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
