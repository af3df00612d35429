package com.classbook.platform.testing;

import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/** Runs a use case the way a scheduled job does: on a safe duplicated Vert.x context. */
public final class OnVertx {
  private OnVertx() {}

  public static <T> T await(Supplier<Uni<T>> work) {
    try {
      return VertxContextSupport.subscribeAndAwait(work);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }

  /** Starts {@code work} from another thread, so that several runs overlap. */
  public static <T> CompletableFuture<T> start(Supplier<Uni<T>> work) {
    return CompletableFuture.supplyAsync(() -> await(work));
  }
}
