package com.classbook.catalog.application.port.out;

import io.smallrye.mutiny.Uni;
import java.util.function.Supplier;

/** The database transaction boundary of a use case: joins an open transaction or starts one. */
public interface TransactionRunner {

  /** Runs {@code work} in a transaction, committed when its item arrives. */
  <T> Uni<T> inTransaction(Supplier<Uni<T>> work);

  /** Runs the reads of {@code work} in a session without a transaction. */
  <T> Uni<T> inSession(Supplier<Uni<T>> work);
}
