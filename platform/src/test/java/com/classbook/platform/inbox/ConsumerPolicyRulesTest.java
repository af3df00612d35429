package com.classbook.platform.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.classbook.kernel.event.EventJson;
import com.classbook.kernel.problem.DomainProblem;
import com.classbook.kernel.problem.ProblemCode;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/** The consumer policy's rules without Quarkus: the backoff and what counts as poison. */
class ConsumerPolicyRulesTest {

  @Test
  void theBackoffDoublesUpToItsCap() {
    ConsumerPolicy.Settings settings =
        new ConsumerPolicy.Settings(10, Duration.ofMillis(100), Duration.ofSeconds(10));
    long[] pauses = new long[9];
    for (int attempt = 1; attempt <= 9; attempt++) {
      pauses[attempt - 1] = settings.backoffAfter(attempt).toMillis();
    }
    assertEquals(
        "[100, 200, 400, 800, 1600, 3200, 6400, 10000, 10000]", java.util.Arrays.toString(pauses));
    assertEquals(Duration.ofSeconds(10), settings.backoffAfter(1000), "no overflow, still capped");
  }

  @Test
  void aBudgetNeedsAnAttemptAndAGrowingBackoff() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new ConsumerPolicy.Settings(0, Duration.ofMillis(1), Duration.ofMillis(1)));
    assertThrows(
        IllegalArgumentException.class,
        () -> new ConsumerPolicy.Settings(3, Duration.ofSeconds(2), Duration.ofSeconds(1)));
  }

  @Test
  void unreadableAndUnusableEventsArePoison() {
    assertTrue(ConsumerPolicy.isPoison(new UnprocessableEvent("no ref")));
    IllegalArgumentException unreadable =
        assertThrows(IllegalArgumentException.class, () -> EventJson.read("not json"));
    assertTrue(ConsumerPolicy.isPoison(unreadable), "Jackson's failure is the cause");
    assertTrue(
        ConsumerPolicy.isPoison(
            new IllegalStateException(
                "wrapped", new DomainProblem(ProblemCode.VALIDATION_FAILED, "negative seats"))));
  }

  @Test
  void databaseTroubleAndTimeoutsAreRetried() {
    assertFalse(
        ConsumerPolicy.isPoison(new SQLException("Lock wait timeout exceeded", "HY000", 1205)));
    assertFalse(ConsumerPolicy.isPoison(new SQLException("Deadlock found", "40001", 1213)));
    assertFalse(ConsumerPolicy.isPoison(new TimeoutException("no answer")));
    assertFalse(ConsumerPolicy.isPoison(new IllegalStateException("connection closed")));
    assertFalse(
        ConsumerPolicy.isPoison(
            new DomainProblem(ProblemCode.SERVICE_UNAVAILABLE, "a dependency is down")));
  }

  @Test
  void anErrorHeaderNamesEveryCauseAndStaysShort() {
    String text =
        DeadLetters.describe(
            new IllegalStateException("outer", new SQLException("Lock wait timeout exceeded")));
    assertEquals(
        "java.lang.IllegalStateException: outer <- java.sql.SQLException: Lock wait timeout"
            + " exceeded",
        text);
    assertTrue(DeadLetters.describe(new RuntimeException("x".repeat(5000))).length() <= 2000);
  }
}
