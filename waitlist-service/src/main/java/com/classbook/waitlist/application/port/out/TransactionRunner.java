package com.classbook.waitlist.application.port.out;

import io.smallrye.mutiny.Uni;
import java.util.function.Supplier;

/** The database transaction boundary; joins the caller's transaction if one is open. */
public interface TransactionRunner {
  <T> Uni<T> inTransaction(Supplier<Uni<T>> work);
}
