package com.classbook.catalog.adapter.out.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.classbook.catalog.application.port.out.CountryRepository;
import com.classbook.catalog.application.port.out.CountryRepositoryContract;
import com.classbook.catalog.application.port.out.TransactionRunner;
import com.classbook.catalog.domain.country.Country;
import com.classbook.catalog.support.TestDatabase;
import com.classbook.kernel.problem.DomainProblem;
import com.classbook.kernel.problem.ProblemCode;
import com.classbook.kernel.value.CountryCode;
import com.classbook.platform.testing.OnVertx;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The MariaDB adapter keeps the contract the fake of the use-case tests keeps. */
@QuarkusTest
class CountryPersistenceAdapterTest extends CountryRepositoryContract {

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

  /** The unique country code holds in the database even when the use case's check is raced. */
  @Test
  void aSecondInsertOfTheSameCodeIsCountryExistsAndLeavesOneRow() {
    String code = freeCode();
    Country country = Country.register(new CountryCode(code), "Twice", ZoneId.of("UTC")).country();
    try {
      inTransaction(() -> countries.add(country));
      DomainProblem duplicate =
          assertThrows(DomainProblem.class, () -> inTransaction(() -> countries.add(country)));
      assertEquals(ProblemCode.COUNTRY_EXISTS, duplicate.code());
      assertEquals(
          List.of("1"), database.strings("SELECT COUNT(*) FROM countries WHERE code = ?", code));
    } finally {
      forget(code);
    }
  }
}
