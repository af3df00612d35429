package com.classbook.booking.application.port.out;

import io.smallrye.mutiny.Uni;
import java.util.function.Supplier;

/** The database transaction boundary: joins an open transaction or starts one. */
public interface TransactionRunner {

  <T> Uni<T> inTransaction(Supplier<Uni<T>> work);

  <T> Uni<T> inSession(Supplier<Uni<T>> work);

  /**
   * Runs {@code work} in a transaction of its own, never joined to an open one: the seat and money
   * moves, which always start at the edge of a request or job and are the hot path.
   */
  <T> Uni<T> inOwnTransaction(Supplier<Uni<T>> work);

  /** Runs the reads of {@code work} on a connection of its own, outside any transaction. */
  <T> Uni<T> inOwnSession(Supplier<Uni<T>> work);
}
