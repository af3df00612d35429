package com.classbook.catalog.adapter.out.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.classbook.catalog.domain.country.Country;
import com.classbook.catalog.support.TestDatabase;
import com.classbook.kernel.problem.DomainProblem;
import com.classbook.kernel.problem.ProblemCode;
import com.classbook.kernel.value.CountryCode;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The unique country code holds in the database even when the existence check is raced. */
@QuarkusTest
class CountryPersistenceAdapterTest {

  @Inject CountryPersistenceAdapter countries;
  @Inject TestDatabase database;

  @Test
  void aSecondInsertOfTheSameCodeIsCountryExists() throws Throwable {
    List<String> free = new ArrayList<>(List.of(Locale.getISOCountries()));
    free.removeAll(database.strings("SELECT code FROM countries"));
    free.remove("AQ");
    String code = free.get(0);
    Country country = Country.register(new CountryCode(code), "Twice", ZoneId.of("UTC")).country();
    try {
      VertxContextSupport.subscribeAndAwait(
          () -> Panache.withTransaction(() -> countries.add(country)));
      DomainProblem duplicate =
          assertThrows(
              DomainProblem.class,
              () ->
                  VertxContextSupport.subscribeAndAwait(
                      () -> Panache.withTransaction(() -> countries.add(country))));
      assertEquals(ProblemCode.COUNTRY_EXISTS, duplicate.code());
      assertEquals(
          List.of("1"), database.strings("SELECT COUNT(*) FROM countries WHERE code = ?", code));
    } finally {
      database.deleteCountry(code);
    }
  }
}
