package com.classbook.platform.reactive;

import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * Brings results of foreign threads (Redisson, Kafka producer) back onto the caller's Vert.x
 * context, where Hibernate Reactive requires to be called.
 */
public final class VertxContexts {
  private VertxContexts() {}

  /** Subscribes to the stage lazily and emits its outcome on the subscriber's Vert.x context. */
  public static <T> Uni<T> fromStage(Supplier<? extends CompletionStage<T>> stage) {
    return resumeOnCaller(Uni.createFrom().completionStage(stage));
  }

  /** Re-emits the item or failure of {@code uni} on the Vert.x context current at subscription. */
  public static <T> Uni<T> resumeOnCaller(Uni<T> uni) {
    return Uni.createFrom()
        .deferred(
            () -> {
              Context context = Vertx.currentContext();
              if (context == null) {
                return uni;
              }
              return uni.emitOn(command -> context.runOnContext(ignored -> command.run()));
            });
  }

  /**
   * Completes after {@code pause}, on the Vert.x context current at subscription: the pause is a
   * timer of that context's Vert.x, and its end is emitted on the context itself, so whatever is
   * chained after it (a retry that opens a Hibernate Reactive session) runs where the caller did. A
   * Mutiny delay would resume on a thread of its own scheduler, which has no Vert.x context.
   * Without a current context (a plain unit test) it is a plain delay.
   */
  public static Uni<Void> delay(Duration pause) {
    return Uni.createFrom().deferred(() -> delay(Vertx.currentContext(), pause));
  }

  /** Completes after {@code pause} on {@code context} (a plain delay when it is null). */
  public static Uni<Void> delay(Context context, Duration pause) {
    if (context == null) {
      return Uni.createFrom().voidItem().onItem().delayIt().by(pause);
    }
    return Uni.createFrom()
        .emitter(
            emitter -> {
              long timer =
                  context
                      .owner()
                      .setTimer(
                          Math.max(1, pause.toMillis()),
                          fired -> context.runOnContext(ignored -> emitter.complete(null)));
              emitter.onTermination(() -> context.owner().cancelTimer(timer));
            });
  }

  /**
   * Runs {@code work} on a new duplicated context of the caller's event loop, so that it has a
   * Hibernate Reactive session of its own and may run beside other such work, and re-emits its
   * outcome on the caller's context.
   */
  public static <T> Uni<T> onOwnContext(Supplier<Uni<T>> work) {
    return Uni.createFrom()
        .deferred(
            () -> {
              Context caller = Vertx.currentContext();
              if (caller == null) {
                return work.get();
              }
              Context own = VertxContext.createNewDuplicatedContext(caller);
              // Hibernate Reactive Panache only opens sessions on contexts flagged as isolated.
              VertxContextSafetyToggle.setContextSafe(own, true);
              return Uni.createFrom()
                  .<T>deferred(work::get)
                  .runSubscriptionOn(command -> own.runOnContext(ignored -> command.run()))
                  .emitOn(command -> caller.runOnContext(ignored -> command.run()));
            });
  }
}
