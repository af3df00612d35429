package com.classbook.identity.adapter.in.rest;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Every 429 and 503 this service answers carries Retry-After (RetryLaterMapper): the OpenAPI
 * document says so on each such answer. Runs after the platform's problem filter (priority 1, the
 * higher runs first), so every build writes the answer's content before its headers.
 */
@OpenApiFilter(value = OpenApiFilter.RunStage.BUILD, priority = 0)
public class RetryAfterHeader implements OASFilter {

  @Override
  public Operation filterOperation(Operation operation) {
    if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
      return operation;
    }
    operation
        .getResponses()
        .getAPIResponses()
        .forEach(
            (status, response) -> {
              if (status.equals("429") || status.equals("503")) {
                response.addHeader(
                    "Retry-After",
                    OASFactory.createHeader()
                        .description("seconds to wait before trying again")
                        .required(true)
                        .schema(
                            OASFactory.createSchema()
                                .addType(Schema.SchemaType.INTEGER)
                                .minimum(java.math.BigDecimal.ONE)));
              }
            });
    return operation;
  }
}
