package com.classbook.system.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * The suite's own databases, read with the read-only user of deploy/local/infra.sh: one connection
 * sees every service's schema, so a check can join booking's holds with the waitlist's entries.
 */
public final class Databases {
  private Databases() {}

  /**
   * A service's schema in the suite under test: {@code booking_it} in the test environment
   * (suite.infra=test), {@code booking} in the developer's.
   */
  public static String schema(String service) {
    return service + ("test".equals(System.getProperty("suite.infra", "").trim()) ? "_it" : "");
  }

  /** A new read-only connection to the suite's MariaDB (no default schema). */
  public static Connection connect() throws SQLException {
    Properties props = new Properties();
    props.setProperty("user", System.getProperty("suite.db.user", "classbook_check"));
    props.setProperty("password", System.getProperty("suite.db.password", "check-local-pw"));
    props.setProperty("connectTimeout", "5000");
    props.setProperty("socketTimeout", "30000");
    // DATETIME columns hold UTC instants.
    props.setProperty("connectionTimeZone", "UTC");
    Connection connection =
        DriverManager.getConnection(
            System.getProperty("suite.db.url", "jdbc:mysql://127.0.0.1:3306/"), props);
    connection.setReadOnly(true);
    return connection;
  }
}
