package com.classbook.platform.persistence;

import io.smallrye.common.vertx.ContextLocals;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Transactions and sessions on the reactive MySQL client directly, for the hot paths where
 * Hibernate Reactive only costs (ADR 0011). The open one is kept on the request's Vert.x context,
 * as Hibernate Reactive keeps its session, so adapters find it with {@link #current()}; it is never
 * joined: each call takes a connection of its own and gives it back when the work ends.
 */
@ApplicationScoped
public class DirectTransactions {

  private static final String KEY = DirectTransactions.class.getName();

  private final Pool pool;

  public DirectTransactions(Pool pool) {
    this.pool = pool;
  }

  /** The direct transaction or session open on the current Vert.x context, if any. */
  public static Optional<DirectTransaction> current() {
    Context context = Vertx.currentContext();
    if (context == null || !VertxContext.isDuplicatedContext(context)) {
      return Optional.empty();
    }
    return ContextLocals.get(KEY);
  }

  /**
   * Runs {@code work} in a transaction of its own (committed when its item arrives, rolled back on
   * a failure); its deferred writes go out just before the commit.
   */
  public <T> Uni<T> inTransaction(Supplier<Uni<T>> work) {
    return Uni.createFrom()
        .deferred(
            () -> {
              Context caller = requireFreeContext();
              return pool.withTransaction(
                  connection -> {
                    DirectTransaction open = new DirectTransaction(connection, true);
                    return scoped(caller, open, () -> work.get().call(open::flushPending));
                  });
            });
  }

  /** Runs {@code work} on a connection of its own outside any transaction (reads). */
  public <T> Uni<T> inSession(Supplier<Uni<T>> work) {
    return Uni.createFrom()
        .deferred(
            () -> {
              Context caller = requireFreeContext();
              return pool.withConnection(
                  connection -> scoped(caller, new DirectTransaction(connection, false), work));
            });
  }

  /**
   * Opens {@code open} on the caller's context for the time of {@code work}. The client hands the
   * connection over on the context that asked for it; were it another, the adapters would not find
   * the transaction and would write outside it, so that is refused.
   */
  @SuppressWarnings("deprecation") // the caller's own locals, removed wherever the work ends
  private static <T> Uni<T> scoped(Context caller, DirectTransaction open, Supplier<Uni<T>> work) {
    if (Vertx.currentContext() != caller) {
      return Uni.createFrom()
          .failure(new IllegalStateException("the connection arrived on another Vert.x context"));
    }
    caller.putLocal(KEY, open);
    return Uni.createFrom().<T>deferred(work::get).eventually(() -> caller.removeLocal(KEY));
  }

  private static Context requireFreeContext() {
    Context context = Vertx.currentContext();
    if (context == null || !VertxContext.isDuplicatedContext(context)) {
      throw new IllegalStateException("a direct transaction needs a request's Vert.x context");
    }
    if (ContextLocals.get(KEY).isPresent()) {
      throw new IllegalStateException("a direct transaction is already open on this context");
    }
    return context;
  }
}
