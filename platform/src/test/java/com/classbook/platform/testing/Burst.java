package com.classbook.platform.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Copies of one call released together from threads of their own, so they really overlap. */
public final class Burst {
  private Burst() {}

  /** Runs {@code copies} copies of {@code call} at the same instant; returns their results. */
  public static <T> List<T> allAtOnce(int copies, Callable<T> call) {
    ExecutorService pool = Executors.newFixedThreadPool(copies);
    CountDownLatch go = new CountDownLatch(1);
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < copies; i++) {
        futures.add(
            pool.submit(
                () -> {
                  go.await();
                  return call.call();
                }));
      }
      go.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(future.get(120, TimeUnit.SECONDS));
      }
      return results;
    } catch (Exception e) {
      throw new IllegalStateException("the burst did not finish", e);
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Idempotency-Key under a burst of one request: exactly one answer ran it ({@code status} without
   * the replay header); every other is its replay (same id) or 409 REQUEST_IN_PROGRESS.
   */
  public static void assertOneFirstAnswer(List<Response> answers, int status) {
    List<Response> first =
        answers.stream()
            .filter(r -> r.statusCode() == status && r.header("Idempotent-Replayed") == null)
            .toList();
    assertEquals(1, first.size(), "answers that ran the request: " + statuses(answers));
    Object id = first.get(0).path("id");
    for (Response r : answers) {
      if (r.statusCode() == status) {
        assertEquals(id, r.path("id"), "a replay answers the same resource");
      } else {
        assertEquals(409, r.statusCode(), r.asString());
        assertEquals("REQUEST_IN_PROGRESS", r.path("code"));
      }
    }
  }

  private static List<Integer> statuses(List<Response> answers) {
    return answers.stream().map(Response::statusCode).toList();
  }
}
