package com.classbook.booking.adapter.out.redis;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Queues this instance's requests for a class and serves them one after another in a single hold of
 * the class's shared lock: the first request to arrive takes the lock, runs the queue's works in
 * arrival order, and releases it when the queue is empty or the hold has served {@code maxServed}
 * works or lasted {@code maxHold}, so that the other instances get their turn. BookingRequests of
 * one class on one instance never contend for the shared lock, and a finished work hands over to
 * the next without a round trip to the lock's store. Each work runs on its own request's Vert.x
 * context. A work that has not ended after {@code maxWork} (the lease of the shared lock) no longer
 * holds up the queue: the next one starts, as it would once the lease ran out.
 *
 * @param <H> what taking the shared lock returns and releasing it needs back
 */
final class ClassLockHolds<H> {

  private final Function<String, Uni<H>> acquire;
  private final Function<H, Uni<Void>> release;
  private final int maxServed;
  private final long maxHoldNanos;
  private final Duration maxWork;
  private final Map<String, Line> lines = new ConcurrentHashMap<>();

  ClassLockHolds(
      Function<String, Uni<H>> acquire,
      Function<H, Uni<Void>> release,
      int maxServed,
      Duration maxHold,
      Duration maxWork) {
    this.acquire = acquire;
    this.release = release;
    this.maxServed = maxServed;
    this.maxHoldNanos = maxHold.toNanos();
    this.maxWork = maxWork;
  }

  /** Runs {@code work} in its turn, holding the shared lock of {@code classId}. */
  <T> Uni<T> run(String classId, Supplier<Uni<T>> work) {
    return Uni.createFrom()
        .emitter(
            emitter -> {
              Line line = lines.computeIfAbsent(classId, ignored -> new Line());
              boolean lead;
              synchronized (line) {
                line.waiting.add(new Waiter<>(work, emitter, Vertx.currentContext()));
                lead = !line.leading;
                line.leading = true;
              }
              if (lead) {
                hold(classId, line);
              }
            });
  }

  private void hold(String classId, Line line) {
    acquire
        .apply(classId)
        .subscribe()
        .with(
            held -> serve(classId, line, held, 0, System.nanoTime()),
            // Taking the lock failed outright (the store's failures are its adapter's to absorb):
            // the queue's works are failed, never left waiting.
            failure -> failAll(classId, line, failure));
  }

  private void serve(String classId, Line line, H held, int served, long since) {
    Waiter<?> next;
    synchronized (line) {
      boolean turnOver = served >= maxServed || System.nanoTime() - since >= maxHoldNanos;
      next = turnOver ? null : line.waiting.poll();
    }
    if (next == null) {
      release
          .apply(held)
          .subscribe()
          .with(done -> afterHold(classId, line), failure -> afterHold(classId, line));
      return;
    }
    next.run(maxWork, () -> serve(classId, line, held, served + 1, since));
  }

  private void afterHold(String classId, Line line) {
    boolean again;
    synchronized (line) {
      again = !line.waiting.isEmpty();
      line.leading = again;
      if (!again) {
        lines.remove(classId, line);
      }
    }
    if (again) {
      hold(classId, line);
    }
  }

  private void failAll(String classId, Line line, Throwable failure) {
    ArrayDeque<Waiter<?>> failed;
    synchronized (line) {
      failed = new ArrayDeque<>(line.waiting);
      line.waiting.clear();
      line.leading = false;
      lines.remove(classId, line);
    }
    failed.forEach(waiter -> waiter.fail(failure));
  }

  /** One class's queue on this instance; {@code leading} while a hold serves it. */
  private static final class Line {
    private final ArrayDeque<Waiter<?>> waiting = new ArrayDeque<>();
    private boolean leading;
  }

  private record Waiter<T>(Supplier<Uni<T>> work, UniEmitter<? super T> emitter, Context context) {

    /**
     * Runs the work on its request's context and hands it its outcome there; then {@code next},
     * once, when the work ends or after {@code maxWork}, whichever comes first.
     */
    void run(Duration maxWork, Runnable next) {
      AtomicBoolean advanced = new AtomicBoolean();
      Runnable advance =
          () -> {
            if (advanced.compareAndSet(false, true)) {
              next.run();
            }
          };
      onContext(
          () -> {
            long timer =
                context == null
                    ? -1
                    : context
                        .owner()
                        .setTimer(Math.max(1, maxWork.toMillis()), fired -> advance.run());
            Runnable ended =
                () -> {
                  if (timer >= 0) {
                    context.owner().cancelTimer(timer);
                  }
                  advance.run();
                };
            Uni.createFrom()
                .<T>deferred(work::get)
                .subscribe()
                .with(
                    item -> {
                      onContext(() -> emitter.complete(item));
                      ended.run();
                    },
                    failure -> {
                      onContext(() -> emitter.fail(failure));
                      ended.run();
                    });
          });
    }

    void fail(Throwable failure) {
      onContext(() -> emitter.fail(failure));
    }

    private void onContext(Runnable action) {
      if (context == null) {
        action.run();
      } else {
        context.runOnContext(ignored -> action.run());
      }
    }
  }
}
