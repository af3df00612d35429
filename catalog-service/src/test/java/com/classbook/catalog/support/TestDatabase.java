package com.classbook.catalog.support;

import com.classbook.platform.testing.SchemaIndexes;
import com.classbook.platform.testing.TestSchema;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Direct SQL against the test schema, for checks the API cannot make and for cleanup. */
@ApplicationScoped
public class TestDatabase {
  private static final TestSchema SCHEMA = TestSchema.of("catalog");

  /**
   * Removes a country created by a test, with anything a test attached to it. It is deactivated
   * through the API first, so the last state on the shared compacted topic is an inactive one.
   */
  public void deleteCountry(String code) {
    if (!strings("SELECT code FROM countries WHERE code = ? AND is_active", code).isEmpty()) {
      CatalogApi.asAdmin()
          .body(java.util.Map.of("active", false))
          .patch("/api/v1/countries/" + code)
          .then()
          .statusCode(200);
    }
    update("DELETE FROM class_schedules WHERE country_code = ?", code);
    update("DELETE FROM packages WHERE country_code = ?", code);
    update("DELETE FROM countries WHERE code = ?", code);
  }

  /**
   * Adds an inactive country under a code no country has, straight into its table, so that no event
   * reaches the shared topics: a country of their own for the stores' tests, whose rows {@link
   * #deleteCountry} removes with it.
   */
  public String addUnpublishedCountry() {
    List<String> free = new ArrayList<>(List.of(Locale.getISOCountries()));
    free.removeAll(strings("SELECT code FROM countries"));
    // SeedingSwitchedOffTest's starter country.
    free.remove("AQ");
    String code = free.get(ThreadLocalRandom.current().nextInt(free.size()));
    update(
        "INSERT INTO countries (id, code, name, time_zone, is_active, created_at, updated_at)"
            + " VALUES (?, ?, ?, 'UTC', FALSE, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))",
        UUID.randomUUID().toString(),
        code,
        "Store test " + code);
    return code;
  }

  /** The column names of an index, in index order. */
  public List<String> indexColumns(String table, String index) {
    return SchemaIndexes.ofTestSchema("catalog").columns(table, index);
  }

  public List<String> strings(String sql, Object... params) {
    return SCHEMA.strings(sql, params);
  }

  public int update(String sql, Object... params) {
    return SCHEMA.update(sql, params);
  }
}
