package com.classbook.identity.adapter.out.persistence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import org.hibernate.exception.LockAcquisitionException;
import org.junit.jupiter.api.Test;

class PanacheTransactionsTest {
  @Test
  void onlyDeadlockVictimsAreRetried() {
    LockAcquisitionException deadlock =
        new LockAcquisitionException("Deadlock found", new SQLException("x", "40001", 1213));
    assertTrue(PanacheTransactions.isDeadlockOrLockTimeout(deadlock));
    assertTrue(PanacheTransactions.isDeadlockOrLockTimeout(new RuntimeException(deadlock)));
    assertFalse(PanacheTransactions.isDeadlockOrLockTimeout(new IllegalStateException("other")));
  }
}
