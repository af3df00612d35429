package com.classbook.identity.adapter.in.rest;

import com.classbook.identity.domain.LoginThrottled;
import com.classbook.platform.problem.Problem;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** 429 problem+json with the Retry-After header the client must honour. */
public class LoginThrottledMapper {
  @ServerExceptionMapper
  public Response throttled(LoginThrottled throttled) {
    return Response.fromResponse(
            Problem.of(throttled.code(), throttled.status(), throttled.getMessage(), null)
                .toResponse())
        .header(HttpHeaders.RETRY_AFTER, String.valueOf(throttled.retryAfterSeconds()))
        .build();
  }
}
