package com.classbook.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.classbook.kernel.problem.DomainProblem;
import com.classbook.kernel.problem.ProblemCode;
import io.smallrye.mutiny.Uni;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.hibernate.exception.LockAcquisitionException;
import org.junit.jupiter.api.Test;

class TransactionRetryTest {

  private static RuntimeException deadlock() {
    return new IllegalStateException(
        "flush failed", new SQLException("Deadlock found", "40001", 1213));
  }

  @Test
  void aDeadlockedTransactionIsRunAgain() {
    AtomicInteger attempts = new AtomicInteger();
    String result =
        TransactionRetry.onDeadlock(
                () ->
                    attempts.incrementAndGet() < 3
                        ? Uni.createFrom().<String>failure(deadlock())
                        : Uni.createFrom().item("done"))
            .await()
            .indefinitely();
    assertEquals("done", result);
    assertEquals(3, attempts.get());
  }

  @Test
  void retriesStopAfterFourAttempts() {
    AtomicInteger attempts = new AtomicInteger();
    assertThrows(
        IllegalStateException.class,
        () ->
            TransactionRetry.onDeadlock(
                    () -> {
                      attempts.incrementAndGet();
                      return Uni.createFrom().failure(deadlock());
                    })
                .await()
                .indefinitely());
    assertEquals(4, attempts.get());
  }

  @Test
  void ruleViolationsAreNeverRetried() {
    AtomicInteger attempts = new AtomicInteger();
    assertThrows(
        DomainProblem.class,
        () ->
            TransactionRetry.onDeadlock(
                    () -> {
                      attempts.incrementAndGet();
                      return Uni.createFrom()
                          .failure(new DomainProblem(ProblemCode.COUNTRY_EXISTS, "taken"));
                    })
                .await()
                .indefinitely());
    assertEquals(1, attempts.get());
  }

  @Test
  void lockWaitTimeoutsCountAsDeadlocks() {
    assertTrue(TransactionRetry.isDeadlock(new SQLException("Lock wait timeout", "HY000", 1205)));
    assertFalse(TransactionRetry.isDeadlock(new SQLException("Duplicate entry", "23000", 1062)));
  }

  @Test
  void deadlocksAreRecognisedWhateverWrapsThem() {
    LockAcquisitionException deadlock =
        new LockAcquisitionException("Deadlock found", new SQLException("x", "40001", 1213));
    assertTrue(TransactionRetry.isDeadlock(deadlock));
    assertTrue(TransactionRetry.isDeadlock(new RuntimeException(deadlock)));
    assertTrue(
        TransactionRetry.isDeadlock(
            new IllegalStateException("Deadlock found when trying to get lock; try restarting")));
    assertFalse(TransactionRetry.isDeadlock(new IllegalStateException("other")));
  }
}
