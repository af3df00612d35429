package com.classbook.identity.domain;

import com.classbook.kernel.problem.DomainProblem;
import com.classbook.kernel.problem.ProblemCode;

/** Too many failed logins for an account or a client address; try again after the wait. */
public class LoginThrottled extends DomainProblem {
  private final long retryAfterSeconds;

  public LoginThrottled(long retryAfterSeconds) {
    super(
        ProblemCode.TOO_MANY_ATTEMPTS,
        "too many failed login attempts; retry in " + retryAfterSeconds + " seconds");
    this.retryAfterSeconds = retryAfterSeconds;
  }

  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
