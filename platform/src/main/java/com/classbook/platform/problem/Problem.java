package com.classbook.platform.problem;

import com.classbook.kernel.problem.FieldViolation;
import com.classbook.kernel.problem.ProblemCode;
import com.classbook.platform.request.RequestIds;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem details body with the API's stable {@code code}; {@code instance} names the
 * request (its request id), so a client's report can be found in the logs.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    String code,
    List<FieldViolation> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";

  public static Problem of(
      ProblemCode code, int status, String detail, List<FieldViolation> errors) {
    return new Problem(
        "https://classbook.dev/problems/" + code.name().toLowerCase().replace('_', '-'),
        code.title(),
        status,
        detail,
        RequestIds.problemInstance(),
        code.name(),
        errors == null || errors.isEmpty() ? null : errors);
  }

  public static Problem of(ProblemCode code, String detail) {
    return of(code, code.status(), detail, null);
  }

  public Response toResponse() {
    return Response.status(status).type(MEDIA_TYPE).entity(this).build();
  }
}
