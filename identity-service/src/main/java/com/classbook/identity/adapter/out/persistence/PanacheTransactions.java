package com.classbook.identity.adapter.out.persistence;

import com.classbook.identity.application.port.out.Transactions;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;
import org.hibernate.exception.LockAcquisitionException;

/**
 * Reactive transactions on the service's MySQL schema. A transaction InnoDB picked as a deadlock
 * victim (for instance an outbox insert against the relay's range locks) was rolled back entirely,
 * so running the unit of work again is safe; it is retried at once, on the same Vert.x context.
 */
@ApplicationScoped
public class PanacheTransactions implements Transactions {
  static final int ATTEMPTS = 3;

  @Override
  public <T> Uni<T> inTransaction(Supplier<Uni<T>> work) {
    return Uni.createFrom()
        .deferred(() -> Panache.withTransaction(work::get))
        .onFailure(PanacheTransactions::isDeadlockOrLockTimeout)
        .retry()
        .atMost(ATTEMPTS - 1);
  }

  static boolean isDeadlockOrLockTimeout(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof LockAcquisitionException) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    for (Throwable suppressed : failure.getSuppressed()) {
      if (suppressed instanceof LockAcquisitionException) {
        return true;
      }
    }
    return false;
  }
}
