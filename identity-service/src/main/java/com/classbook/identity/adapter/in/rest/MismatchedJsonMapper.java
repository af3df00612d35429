package com.classbook.identity.adapter.in.rest;

import com.classbook.kernel.problem.FieldViolation;
import com.classbook.kernel.problem.ProblemCode;
import com.classbook.platform.problem.Problem;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A JSON value of the wrong type (an array where a string belongs) is a 400 problem too; without
 * this the framework's own mapper for this exception answers with a bare body.
 */
public class MismatchedJsonMapper {
  @ServerExceptionMapper
  public Response mismatched(MismatchedInputException exception) {
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
            "request body is not valid JSON for this operation",
            List.of(new FieldViolation(field, "unreadable value")))
        .toResponse();
  }
}
