package com.classbook.identity.adapter.out.redis;

import com.classbook.platform.reactive.VertxContexts;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;
import org.redisson.api.RScript;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;

/**
 * Runs the limits' Lua scripts through Redisson's asynchronous API with a deadline. Calls are
 * started from two threads of their own: neither the event loop (a client that is not yet connected
 * connects inside the call) nor the worker pool, where slow work could starve them. When Redis does
 * not answer in time the caller gets the fallback: the limits are then not enforced, rather than
 * failing every request.
 *
 * <p>The deadline depends on whether Redis is answering (its last call succeeded): then a slow
 * answer is awaited up to {@link #DEADLINE_WHILE_ANSWERING}, because the load of a burst (a busy
 * machine, a service just started) must not open the limits to that burst. Once a call failed or
 * ran out of time, later calls wait only {@link #DEADLINE}, so an outage costs each request half a
 * second, until a call is answered again.
 */
@ApplicationScoped
public class RedisScripts {
  private static final Logger LOG = Logger.getLogger(RedisScripts.class);
  static final Duration DEADLINE = Duration.ofMillis(500);
  static final Duration DEADLINE_WHILE_ANSWERING = Duration.ofSeconds(5);

  private final RedissonClient redisson;
  private final ExecutorService starter;
  private final ScheduledExecutorService timer;
  private volatile boolean answering;

  public RedisScripts(RedissonClient redisson) {
    this.redisson = redisson;
    this.starter =
        new ThreadPoolExecutor(
            2,
            2,
            0,
            TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(1024),
            named("redis-limits"),
            new ThreadPoolExecutor.AbortPolicy());
    this.timer = new ScheduledThreadPoolExecutor(1, named("redis-limits-deadline"));
  }

  /** Evaluates a script that returns an integer; {@code fallback} when Redis fails or is slow. */
  Uni<Long> eval(String script, List<Object> keys, long fallback, Object... args) {
    Object[] values = Arrays.stream(args).map(String::valueOf).toArray();
    Duration deadline = answering ? DEADLINE_WHILE_ANSWERING : DEADLINE;
    Uni<Long> answer =
        Uni.createFrom()
            .completionStage(() -> call(script, keys, values))
            .runSubscriptionOn(starter)
            .onItem()
            .ifNull()
            .continueWith(fallback)
            .onFailure()
            .recoverWithItem(
                failure -> {
                  LOG.warnf("limits unavailable, not enforced: %s", failure.toString());
                  return fallback;
                });
    // A race rather than a timeout operator: the deadline runs even while a call is still starting.
    Uni<Long> late =
        Uni.createFrom()
            .item(fallback)
            .onItem()
            .delayIt()
            .onExecutor(timer)
            .by(deadline)
            .invoke(
                () -> {
                  answering = false;
                  LOG.warnf(
                      "limits unavailable (no answer from Redis in %d ms), not enforced",
                      deadline.toMillis());
                });
    return VertxContexts.resumeOnCaller(Uni.combine().any().of(answer, late));
  }

  /** Whether Redis answered the last call that ended, which sets the next call's deadline. */
  boolean answering() {
    return answering;
  }

  /** A first call at startup, so that a burst right after it already finds Redis answering. */
  void warmUp(@Observes StartupEvent startup) {
    eval("return 0", List.of(), 0L).subscribe().with(ignored -> {}, failure -> {});
  }

  private CompletionStage<Long> call(String script, List<Object> keys, Object[] values) {
    CompletionStage<Long> call =
        redisson
            .getScript(StringCodec.INSTANCE)
            .evalAsync(RScript.Mode.READ_WRITE, script, RScript.ReturnType.INTEGER, keys, values);
    // Noted before the caller sees the outcome, and also for an answer after the deadline: the
    // caller has gone (and cancelled what it waited on, never the call itself), but Redis answers.
    CompletableFuture<Long> outcome = new CompletableFuture<>();
    call.whenComplete(
        (value, failure) -> {
          answering = failure == null;
          if (failure == null) {
            outcome.complete(value);
          } else {
            outcome.completeExceptionally(failure);
          }
        });
    return outcome;
  }

  @PreDestroy
  void stop() {
    starter.shutdownNow();
    timer.shutdownNow();
  }

  private static ThreadFactory named(String prefix) {
    AtomicInteger next = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, prefix + "-" + next.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
