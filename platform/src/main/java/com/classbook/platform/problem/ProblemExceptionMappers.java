package com.classbook.platform.problem;

import com.classbook.kernel.problem.DomainProblem;
import com.classbook.kernel.problem.FieldViolation;
import com.classbook.kernel.problem.ProblemCode;
import com.classbook.kernel.problem.ValidationProblem;
import com.classbook.platform.persistence.DatabaseUnavailable;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Renders every failure as problem+json; nothing escapes as an HTML page or a bare 500. */
public class ProblemExceptionMappers {

  private static final Logger LOG = Logger.getLogger(ProblemExceptionMappers.class);

  @ServerExceptionMapper
  public Response domain(DomainProblem problem) {
    List<FieldViolation> errors =
        problem instanceof ValidationProblem validation ? validation.violations() : null;
    return Problem.of(problem.code(), problem.status(), problem.getMessage(), errors).toResponse();
  }

  @ServerExceptionMapper
  public Response constraint(ConstraintViolationException exception) {
    List<FieldViolation> errors =
        exception.getConstraintViolations().stream()
            .map(v -> new FieldViolation(fieldOf(v), v.getMessage()))
            .sorted((a, b) -> a.field().compareTo(b.field()))
            .collect(Collectors.toList());
    return domain(new ValidationProblem(errors));
  }

  /**
   * Wins over the framework's own mapper for wrong JSON types, which answers without a problem
   * body.
   */
  @ServerExceptionMapper(priority = Priorities.USER - 100)
  public Response mismatched(MismatchedInputException exception) {
    return json(exception);
  }

  @ServerExceptionMapper
  public Response json(JsonProcessingException exception) {
    String field = "body";
    if (exception instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      field =
          mapping.getPath().stream()
              .map(
                  ref ->
                      ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
              .collect(Collectors.joining("."));
    }
    return Problem.of(
            ProblemCode.VALIDATION_FAILED,
            400,
            "request body is not valid JSON for this operation",
            List.of(new FieldViolation(field, "unreadable value")))
        .toResponse();
  }

  @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
  public Response unauthorized(RuntimeException exception) {
    return Response.fromResponse(
            Problem.of(ProblemCode.UNAUTHORIZED, "a valid bearer token is required").toResponse())
        .header("WWW-Authenticate", "Bearer")
        .build();
  }

  @ServerExceptionMapper
  public Response forbidden(ForbiddenException exception) {
    return Problem.of(ProblemCode.FORBIDDEN, "your role does not allow this operation")
        .toResponse();
  }

  @ServerExceptionMapper
  public Response web(WebApplicationException exception) {
    int status = exception.getResponse().getStatus();
    ProblemCode code =
        switch (status) {
          case 400 -> ProblemCode.VALIDATION_FAILED;
          case 401 -> ProblemCode.UNAUTHORIZED;
          case 403 -> ProblemCode.FORBIDDEN;
          case 404 -> ProblemCode.NOT_FOUND;
          case 405 -> ProblemCode.METHOD_NOT_ALLOWED;
          case 406 -> ProblemCode.NOT_ACCEPTABLE;
          case 415 -> ProblemCode.UNSUPPORTED_MEDIA_TYPE;
          default -> status >= 500 ? ProblemCode.INTERNAL_ERROR : ProblemCode.VALIDATION_FAILED;
        };
    String detail = status >= 500 ? "unexpected error" : exception.getMessage();
    return Problem.of(code, status, detail, null).toResponse();
  }

  @ServerExceptionMapper
  public Response unexpected(Throwable failure) {
    if (DatabaseUnavailable.is(failure)) {
      // Nothing was written; the pool reconnects by itself once the database answers again.
      LOG.warnf("database unavailable: %s", failure.toString());
      return Response.fromResponse(
              Problem.of(
                      ProblemCode.SERVICE_UNAVAILABLE,
                      "the database is unavailable for a moment; retry later")
                  .toResponse())
          .header("Retry-After", "1")
          .build();
    }
    LOG.error("unexpected failure", failure);
    return Problem.of(ProblemCode.INTERNAL_ERROR, "unexpected error; it has been logged")
        .toResponse();
  }

  private static String fieldOf(ConstraintViolation<?> violation) {
    String last = null;
    for (Path.Node node : violation.getPropertyPath()) {
      last = node.getName();
    }
    return last == null ? "body" : last;
  }
}
