package com.classbook.identity.adapter.out.redis;

import com.classbook.platform.reactive.VertxContexts;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
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
 * Runs the limits' Lua scripts through Redisson's asynchronous API with a short deadline. Calls are
 * started from two threads of their own: neither the event loop (a client that is not yet connected
 * connects inside the call) nor the worker pool, where slow work could starve them. When Redis does
 * not answer in time the caller gets the fallback: the limits are then not enforced, rather than
 * failing every request.
 */
@ApplicationScoped
public class RedisScripts {
  private static final Logger LOG = Logger.getLogger(RedisScripts.class);
  static final Duration DEADLINE = Duration.ofMillis(500);

  private final RedissonClient redisson;
  private final ExecutorService starter;
  private final ScheduledExecutorService timer;

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
    Uni<Long> answer =
        Uni.createFrom()
            .completionStage(
                () ->
                    redisson
                        .getScript(StringCodec.INSTANCE)
                        .<Long>evalAsync(
                            RScript.Mode.READ_WRITE,
                            script,
                            RScript.ReturnType.INTEGER,
                            keys,
                            values))
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
    Uni<Long> deadline =
        Uni.createFrom()
            .item(fallback)
            .onItem()
            .delayIt()
            .onExecutor(timer)
            .by(DEADLINE)
            .invoke(() -> LOG.warn("limits unavailable (Redis too slow), not enforced"));
    return VertxContexts.resumeOnCaller(Uni.combine().any().of(answer, deadline));
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
