package com.classbook.kernel.problem;

/** One invalid request field and why. */
public record FieldViolation(String field, String message) {}
