package com.classbook.identity.adapter.in.rest;

import com.classbook.identity.domain.RetryLater;
import com.classbook.platform.problem.Problem;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** 429 or 503 problem+json with the Retry-After header the client must honour. */
public class RetryLaterMapper {
  @ServerExceptionMapper
  public Response retryLater(RetryLater refusal) {
    return Response.fromResponse(
            Problem.of(refusal.code(), refusal.status(), refusal.getMessage(), null).toResponse())
        .header(HttpHeaders.RETRY_AFTER, String.valueOf(refusal.retryAfterSeconds()))
        .build();
  }
}
