package com.classbook.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.classbook.platform.problem.ProblemExceptionMappers;
import io.smallrye.mutiny.CompositeException;
import io.vertx.mysqlclient.MySQLException;
import io.vertx.sqlclient.ClosedConnectionException;
import jakarta.ws.rs.core.Response;
import java.net.ConnectException;
import java.util.concurrent.CompletionException;
import org.hibernate.HibernateException;
import org.junit.jupiter.api.Test;

/**
 * A database that is down or refuses the service answers 503, never 500; a real error stays 500.
 */
class DatabaseUnavailableTest {

  @Test
  void anUnreachableOrRefusingDatabaseIsRecognisedThroughTheWrappers() {
    assertTrue(DatabaseUnavailable.is(new CompletionException(new ConnectException("refused"))));
    assertTrue(DatabaseUnavailable.is(new HibernateException(ClosedConnectionException.INSTANCE)));
    assertTrue(
        DatabaseUnavailable.is(
            new CompletionException(new MySQLException("Access denied for user", 1044, "42000"))));
    assertTrue(DatabaseUnavailable.is(new MySQLException("gone away", 2006, "HY000")));
    // A transaction whose rollback failed as well, on a connection the server had closed.
    RuntimeException closed =
        new IllegalStateException("Connection is not active now, current status: CLOSED");
    assertTrue(
        DatabaseUnavailable.is(new CompositeException(new HibernateException(closed), closed)));
  }

  @Test
  void aStatementTheDatabaseRefusesIsNoOutage() {
    assertFalse(DatabaseUnavailable.is(new MySQLException("Duplicate entry", 1062, "23000")));
    assertFalse(DatabaseUnavailable.is(new IllegalStateException("a bug")));
  }

  @Test
  void theServiceAnswers503WithRetryAfterWhileTheDatabaseIsAway() {
    ProblemExceptionMappers mappers = new ProblemExceptionMappers();

    Response away =
        mappers.unexpected(
            new CompletionException(new MySQLException("Access denied for user", 1045, "28000")));
    assertEquals(503, away.getStatus());
    assertEquals("1", away.getHeaderString("Retry-After"));

    assertEquals(500, mappers.unexpected(new IllegalStateException("a bug")).getStatus());
  }
}
