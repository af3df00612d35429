package com.classbook.platform.persistence;

import com.classbook.platform.reactive.VertxContexts;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.hibernate.exception.LockAcquisitionException;

/**
 * Re-runs a whole use case (its transaction rolled back) when the database reports a deadlock or
 * lock wait timeout: InnoDB expects the client to retry such a transaction. Retries resume on the
 * caller's Vert.x context, where Hibernate Reactive keeps its session.
 */
public final class TransactionRetry {
  private static final int ATTEMPTS = 4;

  private TransactionRetry() {}

  /** Runs {@code action}, retrying it a few times after a deadlock. */
  public static <T> Uni<T> onDeadlock(Supplier<Uni<? extends T>> action) {
    return retrying(action, TransactionRetry::isDeadlock, ATTEMPTS);
  }

  /** Runs {@code action}, retrying it with a growing pause while {@code retryable} says so. */
  public static <T> Uni<T> retrying(
      Supplier<Uni<? extends T>> action, Predicate<Throwable> retryable, int attempts) {
    return Uni.createFrom()
        .deferred(() -> attempt(action, retryable, attempts, 1, Vertx.currentContext()));
  }

  private static <T> Uni<T> attempt(
      Supplier<Uni<? extends T>> action,
      Predicate<Throwable> retryable,
      int attempts,
      int attempt,
      Context context) {
    return Uni.createFrom()
        .deferred(action)
        .onFailure(failure -> attempt < attempts && retryable.test(failure))
        .recoverWithUni(
            failure -> {
              // A timer of the caller's context that ends on it, wherever the failure arrived.
              return VertxContexts.delay(context, Duration.ofMillis(25L * attempt))
                  .chain(() -> attempt(action, retryable, attempts, attempt + 1, context));
            });
  }

  /**
   * True for InnoDB deadlocks (SQLState 40001, error 1213) and lock wait timeouts (1205), whichever
   * layer wrapped them (JDBC, Hibernate's LockAcquisitionException, the reactive client's message).
   */
  public static boolean isDeadlock(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException sql
          && ("40001".equals(sql.getSQLState())
              || sql.getErrorCode() == 1213
              || sql.getErrorCode() == 1205)) {
        return true;
      }
      if (t instanceof LockAcquisitionException) {
        return true;
      }
      String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
      if (message.contains("deadlock found") || message.contains("lock wait timeout")) {
        return true;
      }
      for (Throwable suppressed : t.getSuppressed()) {
        if (isDeadlock(suppressed)) {
          return true;
        }
      }
    }
    return false;
  }
}
