package com.classbook.platform.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Every error answer of the API is an RFC 9457 problem: operations declare an error status with its
 * codes in the description only, and this filter gives each such answer the shared {@code Problem}
 * schema as {@code application/problem+json}.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemResponses implements OASFilter {

  static final String PROBLEM = "Problem";
  private static final String MEDIA_TYPE = "application/problem+json";

  /** The answers the runtime adds on its own, named by their codes. */
  private static final Map<String, String> DEFAULT_DESCRIPTIONS =
      Map.of(
          "400", "VALIDATION_FAILED",
          "401", "UNAUTHORIZED: no valid access token",
          "403", "FORBIDDEN: the caller's role may not do this");

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    if (openAPI.getComponents() == null) {
      openAPI.setComponents(OASFactory.createComponents());
    }
    openAPI.getComponents().addSchema(PROBLEM, problemSchema());
  }

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
              if (isError(status)) {
                asProblem(status, response);
              }
            });
    return operation;
  }

  private static boolean isError(String status) {
    return status.length() == 3 && (status.startsWith("4") || status.startsWith("5"));
  }

  private static void asProblem(String status, APIResponse response) {
    String description = response.getDescription();
    if (description == null
        || description.isBlank()
        || description.equals("Bad Request")
        || description.equals("Not Authorized")
        || description.equals("Not Allowed")) {
      response.setDescription(DEFAULT_DESCRIPTIONS.getOrDefault(status, "problem"));
    }
    Content content = OASFactory.createContent();
    content.addMediaType(
        MEDIA_TYPE,
        OASFactory.createMediaType()
            .schema(OASFactory.createSchema().ref("#/components/schemas/" + PROBLEM)));
    response.setContent(content);
  }

  private static Schema problemSchema() {
    Schema string = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
    Schema violation =
        OASFactory.createSchema()
            .addType(Schema.SchemaType.OBJECT)
            .addProperty("field", string)
            .addProperty("message", string)
            .addRequired("field")
            .addRequired("message");
    return OASFactory.createSchema()
        .description(
            "RFC 9457 problem details; `code` is the stable error code named in each answer's"
                + " description")
        .addType(Schema.SchemaType.OBJECT)
        .addProperty("type", string)
        .addProperty("title", string)
        .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
        .addProperty("detail", string)
        .addProperty(
            "code",
            OASFactory.createSchema().addType(Schema.SchemaType.STRING).example("CLASS_FULL"))
        .addProperty(
            "instance",
            OASFactory.createSchema()
                .addType(Schema.SchemaType.STRING)
                .description("identifies this occurrence, with the request id"))
        .addProperty(
            "errors",
            OASFactory.createSchema()
                .addType(Schema.SchemaType.ARRAY)
                .items(violation)
                .description("the invalid fields of a VALIDATION_FAILED answer"))
        .addRequired("title")
        .addRequired("status")
        .addRequired("code");
  }
}
