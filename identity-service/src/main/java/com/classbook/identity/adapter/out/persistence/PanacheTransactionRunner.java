package com.classbook.identity.adapter.out.persistence;

import com.classbook.identity.application.port.out.TransactionRunner;
import com.classbook.platform.persistence.TransactionRetry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;

/**
 * Reactive transactions on the service's MySQL schema. A transaction InnoDB picked as a deadlock
 * victim was rolled back entirely, so running the unit of work again is safe.
 */
@ApplicationScoped
public class PanacheTransactionRunner implements TransactionRunner {

  @Override
  public <T> Uni<T> inTransaction(Supplier<Uni<T>> work) {
    return TransactionRetry.onDeadlock(() -> Panache.withTransaction(work::get));
  }
}
