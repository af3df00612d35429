package com.classbook.waitlist.adapter.out.persistence;

import com.classbook.waitlist.application.port.out.TransactionRunner;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;

/** Hibernate Reactive transactions through Panache (joins an open transaction). */
@ApplicationScoped
public class PanacheTransactionRunner implements TransactionRunner {
  @Override
  public <T> Uni<T> inTransaction(Supplier<Uni<T>> work) {
    return Panache.withTransaction(work);
  }
}
