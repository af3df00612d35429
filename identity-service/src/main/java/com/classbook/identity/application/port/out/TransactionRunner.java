package com.classbook.identity.application.port.out;

import io.smallrye.mutiny.Uni;
import java.util.function.Supplier;

/** Runs a unit of work in one database transaction: it commits or rolls back as a whole. */
public interface TransactionRunner {
  <T> Uni<T> inTransaction(Supplier<Uni<T>> work);
}
