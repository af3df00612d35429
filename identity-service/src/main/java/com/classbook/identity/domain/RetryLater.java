package com.classbook.identity.domain;

import com.classbook.kernel.problem.DomainProblem;
import com.classbook.kernel.problem.ProblemCode;

/** A refusal that says when to come back: a limit was reached, or the service is saturated. */
public class RetryLater extends DomainProblem {
  private final long retryAfterSeconds;

  private RetryLater(ProblemCode code, long retryAfterSeconds, String detail) {
    super(code, detail);
    this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
  }

  /** Too many failed password checks for the account or from the client address. */
  public static RetryLater tooManyAttempts(long retryAfterSeconds) {
    return new RetryLater(
        ProblemCode.TOO_MANY_ATTEMPTS,
        retryAfterSeconds,
        "too many failed password attempts; retry in " + retryAfterSeconds + " seconds");
  }

  /** A request quota of the endpoint is used up. */
  public static RetryLater tooManyRequests(long retryAfterSeconds) {
    return new RetryLater(
        ProblemCode.TOO_MANY_REQUESTS,
        retryAfterSeconds,
        "too many requests; retry in " + retryAfterSeconds + " seconds");
  }

  /** Every password-hashing slot is taken; the request was not started. */
  public static RetryLater busy(long retryAfterSeconds) {
    return new RetryLater(
        ProblemCode.SERVICE_UNAVAILABLE,
        retryAfterSeconds,
        "the service is busy; retry in " + retryAfterSeconds + " seconds");
  }

  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
