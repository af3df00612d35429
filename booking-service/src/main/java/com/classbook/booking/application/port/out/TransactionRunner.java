package com.classbook.booking.application.port.out;

import io.smallrye.mutiny.Uni;
import java.util.function.Supplier;

/** The database transaction boundary: joins an open transaction or starts one. */
public interface TransactionRunner {

  <T> Uni<T> inTransaction(Supplier<Uni<T>> work);

  <T> Uni<T> inSession(Supplier<Uni<T>> work);
}
