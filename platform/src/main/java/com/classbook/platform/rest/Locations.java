package com.classbook.platform.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * {@code Location} of a 201: the path of the new resource, relative so that it stays right behind
 * the gateway.
 */
public final class Locations {

  private static final ObjectMapper JSON = new ObjectMapper();

  private Locations() {}

  /** A 201 with {@code entity} and {@code Location: path}. */
  public static Response created(String path, Object entity) {
    return Response.status(Response.Status.CREATED)
        .header(HttpHeaders.LOCATION, path)
        .entity(entity)
        .build();
  }

  /**
   * Adds {@code Location: <collectionPath>/<id>} to a 201 whose body has an {@code id}, also to a
   * stored answer replayed for an Idempotency-Key (its body is the stored JSON text); any other
   * answer is returned as it is.
   */
  public static Response ofCreated(Response response, String collectionPath) {
    if (response.getStatus() != 201 || response.getHeaderString(HttpHeaders.LOCATION) != null) {
      return response;
    }
    String id = idOf(response.getEntity());
    if (id == null) {
      return response;
    }
    return Response.fromResponse(response)
        .header(HttpHeaders.LOCATION, collectionPath + "/" + id)
        .build();
  }

  private static String idOf(Object entity) {
    if (entity == null) {
      return null;
    }
    try {
      if (entity instanceof String text) {
        JsonNode id = JSON.readTree(text).path("id");
        return id.isTextual() ? id.asText() : null;
      }
      Object id = entity.getClass().getMethod("id").invoke(entity);
      return id == null ? null : id.toString();
    } catch (JsonProcessingException | ReflectiveOperationException e) {
      return null;
    }
  }
}
