package com.classbook.system.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class OpenApiMergerTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void sameNamedSchemasOfDifferentShapeAreKeptUnderTheirServicesNames() throws Exception {
    ObjectNode merged =
        new OpenApiMerger()
            .add("catalog", document("/api/v1/classes", "Page", "{\"type\":\"object\"}"))
            .add("booking", document("/api/v1/me/bookings", "Page", "{\"type\":\"array\"}"))
            .merge();

    JsonNode schemas = merged.at("/components/schemas");
    assertTrue(schemas.has("CatalogPage") && schemas.has("BookingPage"), schemas.toString());
    assertFalse(schemas.has("Page"));
    assertEquals(
        "#/components/schemas/BookingPage",
        merged.at("/paths/~1api~1v1~1me~1bookings/get/responses/200/$ref").asText());
  }

  @Test
  void identicalSchemasAreKeptOnce() throws Exception {
    ObjectNode merged =
        new OpenApiMerger()
            .add("catalog", document("/api/v1/classes", "Problem", "{\"type\":\"object\"}"))
            .add("booking", document("/api/v1/bookings", "Problem", "{\"type\":\"object\"}"))
            .merge();

    assertEquals(1, merged.at("/components/schemas").size());
  }

  @Test
  void onlyPathsTheGatewayRoutesAreKept() throws Exception {
    ObjectNode merged =
        new OpenApiMerger()
            .add("booking", document("/internal/v1/holds", "Hold", "{\"type\":\"object\"}"))
            .merge();

    assertEquals(0, merged.path("paths").size());
  }

  @Test
  void anOperationDeclaredByTwoServicesIsRefused() throws Exception {
    OpenApiMerger merger =
        new OpenApiMerger()
            .add("catalog", document("/api/v1/classes", "A", "{}"))
            .add("booking", document("/api/v1/classes", "B", "{}"));

    assertThrows(IllegalStateException.class, merger::merge);
  }

  private static JsonNode document(String path, String schema, String shape) throws Exception {
    return JSON.readTree(
        """
        {"openapi": "3.1.0", "info": {"title": "t", "version": "1"},
         "paths": {"%s": {"get": {"responses": {"200": {"$ref": "#/components/schemas/%s"}}}}},
         "components": {"schemas": {"%s": %s}}}
        """
            .formatted(path, schema, schema, shape));
  }
}
