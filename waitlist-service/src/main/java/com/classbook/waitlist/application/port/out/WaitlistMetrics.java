package com.classbook.waitlist.application.port.out;

import com.classbook.kernel.problem.ProblemCode;
import com.classbook.waitlist.domain.EntryStatus;

/**
 * Counts the waitlist's flow for the dashboards and alerts of docs/metrics.md: joins by outcome and
 * entries leaving the queue (promoted, left, refunded), each once it is committed.
 */
public interface WaitlistMetrics {

  /** A member joined a waitlist (the entry and its credit hold committed). */
  void joined();

  /** A join was refused with a problem (CLASS_NOT_FULL, ALREADY_WAITLISTED, ...). */
  void joinRefused(ProblemCode code);

  /** A join failed for an unexpected reason (answered 500). */
  void joinFailed();

  /** A waiting entry ended: PROMOTED, LEFT or REFUNDED. */
  void ended(EntryStatus status);
}
