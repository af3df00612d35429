package com.classbook.platform.persistence;

import io.smallrye.mutiny.CompositeException;
import io.vertx.mysqlclient.MySQLException;
import io.vertx.sqlclient.ClosedConnectionException;
import java.net.ConnectException;
import java.util.Set;

/**
 * Recognises a failure that says the database cannot be reached or refuses this service, not that
 * the request was wrong: the service is unavailable for a moment (503), nothing was written.
 */
public final class DatabaseUnavailable {

  /**
   * MySQL/MariaDB error codes of an unreachable or refusing server: too many connections (1040),
   * access to the database denied (1044, 1045), server shutdown in progress (1053), cannot connect
   * (2002, 2003), server gone away (2006), connection lost during a query (2013).
   */
  private static final Set<Integer> CODES = Set.of(1040, 1044, 1045, 1053, 2002, 2003, 2006, 2013);

  private DatabaseUnavailable() {}

  public static boolean is(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof CompositeException composite) {
        // A rollback that failed too: the outage is in one of the causes.
        return composite.getCauses().stream().anyMatch(DatabaseUnavailable::is);
      }
      if (t instanceof ConnectException || t instanceof ClosedConnectionException) {
        return true;
      }
      // The pool hands out a connection the server closed meanwhile (no exception type of its own).
      if (String.valueOf(t.getMessage()).startsWith("Connection is not active now")) {
        return true;
      }
      if (t instanceof MySQLException mysql && CODES.contains(mysql.getErrorCode())) {
        return true;
      }
    }
    return false;
  }
}
