package com.classbook.identity.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Reads the parts of a compact JWT without verifying it (verification is the service's job). */
public final class Jwts {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Jwts() {}

  public static JsonNode header(String jwt) {
    return part(jwt, 0);
  }

  public static JsonNode payload(String jwt) {
    return part(jwt, 1);
  }

  public static String encode(String json) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  private static JsonNode part(String jwt, int index) {
    try {
      String[] parts = jwt.split("\\.");
      return JSON.readTree(Base64.getUrlDecoder().decode(parts[index]));
    } catch (Exception e) {
      throw new AssertionError("not a JWT: " + jwt, e);
    }
  }
}
