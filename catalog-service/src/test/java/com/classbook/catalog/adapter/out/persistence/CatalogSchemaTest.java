package com.classbook.catalog.adapter.out.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.classbook.catalog.support.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The migrations create the indexes the original schema names. */
@QuarkusTest
class CatalogSchemaTest {

  @Inject TestDatabase database;

  @Test
  void packagesAreIndexedByCountryAndActive() {
    assertEquals(
        List.of("country_code", "is_active"),
        database.indexColumns("packages", "idx_packages_country_active"));
  }

  @Test
  void classesAreIndexedByCountryStartActiveAndByStart() {
    assertEquals(
        List.of("country_code", "start_time", "is_active"),
        database.indexColumns("class_schedules", "idx_class_schedules_country_start_active"));
    assertEquals(
        List.of("start_time"),
        database.indexColumns("class_schedules", "idx_class_schedules_start"));
  }

  @Test
  void countryCodesAreUnique() {
    assertEquals(List.of("code"), database.indexColumns("countries", "uk_countries_code"));
    assertEquals(
        List.of("0"),
        database.strings(
            "SELECT non_unique FROM information_schema.statistics WHERE table_schema = DATABASE()"
                + " AND table_name = 'countries' AND index_name = 'uk_countries_code'"));
  }
}
