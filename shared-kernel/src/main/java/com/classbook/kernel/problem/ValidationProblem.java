package com.classbook.kernel.problem;

import java.util.List;

/** A request that breaks field rules; rendered as 400 VALIDATION_FAILED with its field errors. */
public class ValidationProblem extends DomainProblem {
  private final List<FieldViolation> violations;

  public ValidationProblem(List<FieldViolation> violations) {
    super(ProblemCode.VALIDATION_FAILED, describe(violations));
    this.violations = List.copyOf(violations);
  }

  public static ValidationProblem of(String field, String message) {
    return new ValidationProblem(List.of(new FieldViolation(field, message)));
  }

  public List<FieldViolation> violations() {
    return violations;
  }

  private static String describe(List<FieldViolation> violations) {
    StringBuilder text = new StringBuilder();
    for (FieldViolation v : violations) {
      text.append(text.isEmpty() ? "" : "; ").append(v.field()).append(": ").append(v.message());
    }
    return text.toString();
  }
}
