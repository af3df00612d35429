package com.classbook.booking.adapter.in.rest;

import com.classbook.kernel.problem.FieldViolation;
import com.classbook.kernel.problem.ProblemCode;
import com.classbook.platform.problem.Problem;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A body field of the wrong JSON type is a 400 problem naming the field, like other bad input. */
public class JsonInputProblems {

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
