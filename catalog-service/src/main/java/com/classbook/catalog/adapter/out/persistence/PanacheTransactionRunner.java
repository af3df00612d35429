package com.classbook.catalog.adapter.out.persistence;

import com.classbook.catalog.application.port.out.TransactionRunner;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;

/** Hibernate Reactive transactions and sessions, joined when one is open. */
@ApplicationScoped
public class PanacheTransactionRunner implements TransactionRunner {

  @Override
  public <T> Uni<T> inTransaction(Supplier<Uni<T>> work) {
    return Panache.withTransaction(work::get);
  }

  @Override
  public <T> Uni<T> inSession(Supplier<Uni<T>> work) {
    return Panache.withSession(work::get);
  }
}
