package com.classbook.kernel.problem;

/**
 * A rule violation with a stable code; adapters render it as RFC 9457 problem+json. The status
 * defaults to the code's own and may be overridden where the API contract says so.
 */
public class DomainProblem extends RuntimeException {
  private final ProblemCode code;
  private final int status;

  public DomainProblem(ProblemCode code, String detail) {
    this(code, code.status(), detail);
  }

  public DomainProblem(ProblemCode code, int status, String detail) {
    super(detail, null, false, false);
    this.code = code;
    this.status = status;
  }

  public ProblemCode code() {
    return code;
  }

  public int status() {
    return status;
  }
}
