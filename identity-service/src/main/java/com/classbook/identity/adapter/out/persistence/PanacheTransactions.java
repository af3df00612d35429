package com.classbook.identity.adapter.out.persistence;

import com.classbook.identity.application.port.out.Transactions;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;

/** Reactive transactions on the service's MySQL schema. */
@ApplicationScoped
public class PanacheTransactions implements Transactions {
  @Override
  public <T> Uni<T> inTransaction(Supplier<Uni<T>> work) {
    return Panache.withTransaction(work::get);
  }
}
