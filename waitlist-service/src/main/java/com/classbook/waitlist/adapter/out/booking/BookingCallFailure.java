package com.classbook.waitlist.adapter.out.booking;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;

/** A non-2xx answer of the booking service with its problem code (null if it sent none). */
final class BookingCallFailure extends RuntimeException {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final int status;
  private final String code;
  private final String detail;

  private BookingCallFailure(int status, String code, String detail) {
    super("booking service answered " + status + " " + code + ": " + detail, null, false, false);
    this.status = status;
    this.code = code;
    this.detail = detail;
  }

  static BookingCallFailure of(Response response) {
    String code = null;
    String detail = null;
    try {
      String body = response.hasEntity() ? response.readEntity(String.class) : null;
      if (body != null && !body.isBlank()) {
        JsonNode problem = JSON.readTree(body);
        code = problem.path("code").asText(null);
        detail = problem.path("detail").asText(null);
      }
    } catch (Exception unreadable) {
      detail = "unreadable problem body";
    }
    return new BookingCallFailure(response.getStatus(), code, detail);
  }

  int status() {
    return status;
  }

  String code() {
    return code;
  }

  String detail() {
    return detail;
  }

  boolean is(int expectedStatus, String expectedCode) {
    return status == expectedStatus && (expectedCode == null || expectedCode.equals(code));
  }
}
