package com.classbook.catalog.adapter.in.rest;

import com.classbook.kernel.problem.FieldViolation;
import com.classbook.kernel.problem.ProblemCode;
import com.classbook.platform.problem.Problem;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A JSON value of the wrong type (text for a number, an unreadable instant) is a field error in
 * problem+json, like every other validation failure.
 */
public class JsonInputProblemMapper {

  @ServerExceptionMapper(priority = Priorities.USER - 100)
  public Response mismatchedInput(MismatchedInputException exception) {
    String field =
        exception.getPath().isEmpty()
            ? "body"
            : exception.getPath().stream()
                .map(
                    ref ->
                        ref.getFieldName() != null
                            ? ref.getFieldName()
                            : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
    return Problem.of(
            ProblemCode.VALIDATION_FAILED,
            400,
            "request body has a value of the wrong type",
            List.of(new FieldViolation(field, "unreadable value")))
        .toResponse();
  }
}
