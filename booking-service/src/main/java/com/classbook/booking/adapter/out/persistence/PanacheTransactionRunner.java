package com.classbook.booking.adapter.out.persistence;

import com.classbook.booking.application.port.out.ConcurrentUpdate;
import com.classbook.booking.application.port.out.TransactionRunner;
import com.classbook.platform.persistence.TransactionRetry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;

/**
 * Hibernate Reactive transactions (joined when one is open); a deadlock victim or lock wait timeout
 * becomes a {@link ConcurrentUpdate} so the caller may run the transaction again.
 */
@ApplicationScoped
public class PanacheTransactionRunner implements TransactionRunner {

  @Override
  public <T> Uni<T> inTransaction(Supplier<Uni<T>> work) {
    return Panache.withTransaction(work::get)
        .onFailure(TransactionRetry::isDeadlock)
        .transform(
            failure -> new ConcurrentUpdate("database lock conflict: " + failure.getMessage()));
  }

  @Override
  public <T> Uni<T> inSession(Supplier<Uni<T>> work) {
    return Panache.withSession(work::get);
  }
}
