package com.classbook.booking.adapter.out.persistence;

import com.classbook.booking.application.port.out.ConcurrentUpdate;
import com.classbook.booking.application.port.out.TransactionRunner;
import com.classbook.platform.persistence.DirectTransactions;
import com.classbook.platform.persistence.TransactionRetry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;

/**
 * Hibernate Reactive transactions (joined when one is open) and, for the hot paths, transactions of
 * their own on the reactive MySQL client directly; a deadlock victim or lock wait timeout becomes a
 * {@link ConcurrentUpdate} so the caller may run the transaction again.
 */
@ApplicationScoped
public class DatabaseTransactionRunner implements TransactionRunner {

  private final DirectTransactions direct;

  public DatabaseTransactionRunner(DirectTransactions direct) {
    this.direct = direct;
  }

  @Override
  public <T> Uni<T> inTransaction(Supplier<Uni<T>> work) {
    return retryable(Panache.withTransaction(work::get));
  }

  @Override
  public <T> Uni<T> inSession(Supplier<Uni<T>> work) {
    return Panache.withSession(work::get);
  }

  @Override
  public <T> Uni<T> inOwnTransaction(Supplier<Uni<T>> work) {
    return retryable(direct.inTransaction(work));
  }

  @Override
  public <T> Uni<T> inOwnSession(Supplier<Uni<T>> work) {
    return direct.inSession(work);
  }

  private static <T> Uni<T> retryable(Uni<T> transaction) {
    return transaction
        .onFailure(TransactionRetry::isDeadlock)
        .transform(
            failure -> new ConcurrentUpdate("database lock conflict: " + failure.getMessage()));
  }
}
