package com.classbook.waitlist.application.port.in;

import io.smallrye.mutiny.Uni;

/**
 * Refunds every unpromoted entry of classes that started or were cancelled, exactly once per entry.
 */
public interface RefundWaitlistUseCase {
  /** Refunds the waiting entries of one class if it started or was cancelled; returns the count. */
  Uni<Integer> refundClass(String classId);

  /** Refunds the waiting entries of every class that is due; returns the count. */
  Uni<Integer> refundDueEntries();
}
