package com.classbook.catalog.support;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Direct SQL against the test schema, for checks the API cannot make and for cleanup. */
@ApplicationScoped
public class TestDatabase {
  private final AgroalDataSource dataSource;

  public TestDatabase(AgroalDataSource dataSource) {
    this.dataSource = dataSource;
  }

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
    return strings(
        "SELECT column_name FROM information_schema.statistics WHERE table_schema = DATABASE()"
            + " AND table_name = ? AND index_name = ? ORDER BY seq_in_index",
        table,
        index);
  }

  public List<String> strings(String sql, Object... params) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      bind(s, params);
      List<String> values = new ArrayList<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          values.add(rs.getString(1));
        }
      }
      return values;
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  public int update(String sql, Object... params) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      bind(s, params);
      return s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  private static void bind(PreparedStatement s, Object... params) throws SQLException {
    for (int i = 0; i < params.length; i++) {
      s.setObject(i + 1, params[i]);
    }
  }
}
