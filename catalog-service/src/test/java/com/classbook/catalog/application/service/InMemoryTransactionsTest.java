package com.classbook.catalog.application.service;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.classbook.catalog.domain.country.Country;
import com.classbook.kernel.value.CountryCode;
import io.smallrye.mutiny.Uni;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The fake transactions roll back as MariaDB's do, so a use-case test sees no half-done work. */
class InMemoryTransactionsTest {

  private final InMemoryCatalog catalog = new InMemoryCatalog();

  @Test
  void aFailedTransactionLeavesTheTablesAndTheOutboxAsItFoundThem() {
    Country country =
        Country.register(new CountryCode("FR"), "France", ZoneId.of("Asia/Singapore")).country();

    assertThrows(
        IllegalStateException.class,
        () ->
            catalog
                .transactions()
                .inTransaction(
                    () ->
                        catalog
                            .countryRepository()
                            .add(country)
                            .chain(
                                () ->
                                    catalog
                                        .publisher()
                                        .publish(
                                            Country.register(
                                                new CountryCode("DE"),
                                                "Germany",
                                                ZoneId.of("UTC"))))
                            .chain(() -> Uni.createFrom().failure(new IllegalStateException("x"))))
                .await()
                .indefinitely());

    assertTrue(catalog.countries.isEmpty(), "the insert rolled back");
    assertTrue(catalog.published.isEmpty(), "the event rolled back with it");
  }
}
