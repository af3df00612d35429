package com.classbook.booking.support;

import static io.restassured.RestAssured.given;

import com.classbook.platform.testing.TestTokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Fires booking requests at once from many threads and tallies the answers. */
public final class Race {
  private Race() {}

  /** New members, each holding one package of {@code credits} credits in {@code country}. */
  public static List<String> membersWithCredits(int count, String country, int credits) {
    String packageId = Catalog.offer(country, credits, 60, true).id();
    List<String> tokens = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String token = TestTokens.newMember(country);
      Catalog.buy(token, packageId);
      tokens.add(token);
    }
    return tokens;
  }

  /** Releases every request at the same instant and returns the count of each HTTP status. */
  public static Map<Integer, Long> bookAll(List<String> tokens, String classId) {
    return start(tokens, classId).statuses();
  }

  /** Releases every request at the same instant; the answers are collected by the result. */
  public static InFlight start(List<String> tokens, String classId) {
    ExecutorService pool = Executors.newFixedThreadPool(tokens.size());
    CountDownLatch go = new CountDownLatch(1);
    AtomicInteger answered = new AtomicInteger();
    List<Future<Integer>> results = new ArrayList<>();
    for (String token : tokens) {
      results.add(
          pool.submit(
              () -> {
                go.await();
                int status =
                    given()
                        .auth()
                        .oauth2(token)
                        .contentType("application/json")
                        .body(Map.of("classId", classId))
                        .post("/api/v1/bookings")
                        .then()
                        .extract()
                        .statusCode();
                answered.incrementAndGet();
                return status;
              }));
    }
    go.countDown();
    return new InFlight(pool, results, answered);
  }

  /** Booking requests that were fired together and may still be running. */
  public record InFlight(
      ExecutorService pool, List<Future<Integer>> results, AtomicInteger answered) {

    /** How many requests have been answered so far. */
    public int answeredSoFar() {
      return answered.get();
    }

    /** Waits for every answer (failing after two minutes) and counts each HTTP status. */
    public Map<Integer, Long> statuses() {
      try {
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> result : results) {
          statuses.add(result.get(120, TimeUnit.SECONDS));
        }
        return statuses.stream()
            .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
      } catch (Exception e) {
        throw new IllegalStateException("the race did not finish", e);
      } finally {
        pool.shutdownNow();
      }
    }
  }

  /** Sum of the remaining credits of the members' packages, read over the API. */
  public static long remainingCreditsOf(List<String> tokens) {
    long sum = 0;
    for (String token : tokens.stream().distinct().toList()) {
      List<Integer> remaining =
          given()
              .auth()
              .oauth2(token)
              .get("/api/v1/me/packages")
              .then()
              .statusCode(200)
              .extract()
              .path("items.remainingCredits");
      sum += remaining.stream().mapToInt(Integer::intValue).sum();
    }
    return sum;
  }
}
