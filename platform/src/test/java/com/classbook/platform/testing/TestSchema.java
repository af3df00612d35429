package com.classbook.platform.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plain JDBC on a service's test schema, outside the service: to check state in MariaDB itself, to
 * change rows as an operator would, and to hold a row lock while the service works.
 */
public record TestSchema(String schema, String user) {

  /** The schema {@code <service>_test} that the module tests of a service migrate. */
  public static TestSchema of(String service) {
    return new TestSchema(service + "_test", service);
  }

  /** Every row of a query, each column by its label. */
  public List<Map<String, Object>> query(String sql, Object... params) {
    try (Connection c = connect();
        PreparedStatement s = prepared(c, sql, params);
        ResultSet r = s.executeQuery()) {
      List<Map<String, Object>> rows = new ArrayList<>();
      while (r.next()) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
          row.put(r.getMetaData().getColumnLabel(i), r.getObject(i));
        }
        rows.add(row);
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  /** The first column of every row, as text. */
  public List<String> strings(String sql, Object... params) {
    return query(sql, params).stream()
        .map(row -> row.values().iterator().next())
        .map(value -> value == null ? null : value.toString())
        .toList();
  }

  /** The number in the first column of the first row; 0 when there is no row or it is NULL. */
  public long count(String sql, Object... params) {
    List<Map<String, Object>> rows = query(sql, params);
    Object first = rows.isEmpty() ? null : rows.get(0).values().iterator().next();
    return first == null ? 0 : ((Number) first).longValue();
  }

  /** Runs one statement that changes rows, as an operator or a purge job would. */
  public int update(String sql, Object... params) {
    try (Connection c = connect();
        PreparedStatement s = prepared(c, sql, params)) {
      return s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  /**
   * Locks one row ({@code id} column) in a transaction of the test's own until the result is
   * closed, so that the service's transactions provably meet the lock meanwhile.
   */
  public AutoCloseable lockRow(String table, String id) {
    try {
      Connection c = connect();
      c.setAutoCommit(false);
      try (PreparedStatement s =
          prepared(c, "SELECT id FROM " + table + " WHERE id = ? FOR UPDATE", id)) {
        s.executeQuery().close();
      }
      return () -> {
        c.rollback();
        c.close();
      };
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private Connection connect() throws SQLException {
    return DriverManager.getConnection(
        "jdbc:mysql://127.0.0.1:3306/" + schema, user, user + "-local-pw");
  }

  private static PreparedStatement prepared(Connection c, String sql, Object... params)
      throws SQLException {
    PreparedStatement s = c.prepareStatement(sql);
    for (int i = 0; i < params.length; i++) {
      s.setObject(i + 1, params[i]);
    }
    return s;
  }
}
