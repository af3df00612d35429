package com.classbook.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The setup calls of the benchmark through the gateway's public API (not measured): admin login,
 * the bench country, package and classes, and the members' purchases.
 */
final class SuiteApi {

  static final ObjectMapper JSON = new ObjectMapper();

  /** Time zones of countries the benchmark may create when the suite has no such country. */
  private static final Map<String, String[]> KNOWN_COUNTRIES =
      Map.of(
          "SG", new String[] {"Singapore", "Asia/Singapore", "SGD"},
          "MY", new String[] {"Malaysia", "Asia/Kuala_Lumpur", "MYR"},
          "GB", new String[] {"United Kingdom", "Europe/London", "GBP"},
          "US", new String[] {"United States", "America/New_York", "USD"},
          "JP", new String[] {"Japan", "Asia/Tokyo", "JPY"},
          "TH", new String[] {"Thailand", "Asia/Bangkok", "THB"});

  private final String base;
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  SuiteApi(String gatewayUrl) {
    this.base = gatewayUrl;
  }

  record Answer(int status, JsonNode body, String raw) {
    String code() {
      return body != null && body.has("code") ? body.get("code").asText() : "";
    }

    String describe() {
      return status + " " + (raw.length() > 300 ? raw.substring(0, 300) + "..." : raw);
    }
  }

  Answer call(String method, String path, String token, Object body) {
    try {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(base + path))
              .timeout(Duration.ofSeconds(30))
              .header("Accept", "application/json");
      if (token != null) {
        request.header("Authorization", "Bearer " + token);
      }
      if (body != null) {
        request
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
      } else {
        request.method(method, HttpRequest.BodyPublishers.noBody());
      }
      HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      JsonNode parsed = null;
      String raw = response.body() == null ? "" : response.body();
      if (!raw.isBlank()) {
        try {
          parsed = JSON.readTree(raw);
        } catch (IOException notJson) {
          parsed = null;
        }
      }
      return new Answer(response.statusCode(), parsed, raw);
    } catch (IOException e) {
      throw new IllegalStateException(
          method + " " + base + path + " failed: " + e + " (is the suite running?)", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private static JsonNode expect(Answer answer, int status, String what) {
    if (answer.status() != status) {
      throw new IllegalStateException(what + ": expected " + status + ", got " + answer.describe());
    }
    return answer.body();
  }

  String adminLogin(String email, String password) {
    ObjectNode body = JSON.createObjectNode().put("email", email).put("password", password);
    JsonNode tokens =
        expect(
            call("POST", "/api/v1/auth/login", null, body),
            200,
            "admin login as " + email + " (set ADMIN_EMAIL / ADMIN_PASSWORD)");
    return tokens.get("accessToken").asText();
  }

  /** Returns the currency to price the bench package in; creates the country if it is missing. */
  String ensureCountry(String admin, String code) {
    JsonNode countries = expect(call("GET", "/api/v1/countries", null, null), 200, "countries");
    for (JsonNode country : items(countries)) {
      if (code.equals(country.path("code").asText())) {
        if (!country.path("active").asBoolean(true)) {
          throw new IllegalStateException(
              "country " + code + " is inactive; activate it or set BENCH_COUNTRY");
        }
        return currencyOf(code);
      }
    }
    String[] known = KNOWN_COUNTRIES.get(code);
    if (known == null) {
      throw new IllegalStateException(
          "country " + code + " does not exist in the suite; create it or use BENCH_COUNTRY=SG");
    }
    ObjectNode body =
        JSON.createObjectNode().put("code", code).put("name", known[0]).put("timeZone", known[1]);
    Answer created = call("POST", "/api/v1/countries", admin, body);
    if (created.status() != 201 && created.status() != 409) {
      throw new IllegalStateException("creating country " + code + ": " + created.describe());
    }
    return currencyOf(code);
  }

  private String currencyOf(String code) {
    JsonNode packages = call("GET", "/api/v1/packages?country=" + code, null, null).body();
    for (JsonNode p : items(packages)) {
      if (p.hasNonNull("currency")) {
        return p.get("currency").asText();
      }
    }
    String[] known = KNOWN_COUNTRIES.get(code);
    return known == null ? "USD" : known[2];
  }

  /** The bench package of the country: reused across runs, created once. */
  String ensurePackage(String admin, String country, String currency, int credits) {
    String name = "BENCH credits " + credits;
    JsonNode packages =
        expect(call("GET", "/api/v1/packages?country=" + country, null, null), 200, "packages");
    for (JsonNode p : items(packages)) {
      if (name.equals(p.path("name").asText()) && p.path("active").asBoolean(true)) {
        return p.get("id").asText();
      }
    }
    ObjectNode body =
        JSON.createObjectNode()
            .put("name", name)
            .put("credits", credits)
            .put("price", "1.00")
            .put("currency", currency)
            .put("countryCode", country)
            .put("validityDays", 365);
    return expect(call("POST", "/api/v1/packages", admin, body), 201, "creating the bench package")
        .get("id")
        .asText();
  }

  String createClass(
      String admin, String title, String country, Instant start, Instant end, int capacity) {
    ObjectNode body =
        JSON.createObjectNode()
            .put("title", title)
            .put("description", "Created by deploy/local/bench.sh; bench data, safe to ignore.")
            .put("countryCode", country)
            .put("startTime", start.toString())
            .put("endTime", end.toString())
            .put("capacity", capacity)
            .put("requiredCredits", 1);
    return expect(call("POST", "/api/v1/classes", admin, body), 201, "creating class " + title)
        .get("id")
        .asText();
  }

  /** Buys the package for a member through the real purchase path (simulated payment). */
  String purchase(String memberToken, String packageId, Duration patience) {
    ObjectNode body =
        JSON.createObjectNode().put("packageId", packageId).put("paymentToken", "tok_bench");
    Instant deadline = Instant.now().plus(patience);
    while (true) {
      Answer answer = call("POST", "/api/v1/purchases", memberToken, body);
      if (answer.status() == 201) {
        return answer.body().get("id").asText();
      }
      // The booking service learns of a new package through its replica: wait for it.
      if (answer.status() == 404 && Instant.now().isBefore(deadline)) {
        pause(200);
        continue;
      }
      throw new IllegalStateException("purchase of the bench package: " + answer.describe());
    }
  }

  /** Books a class in the setup (not measured), waiting for the replica of a new class. */
  String book(String memberToken, String classId, Duration patience) {
    ObjectNode body = JSON.createObjectNode().put("classId", classId);
    Instant deadline = Instant.now().plus(patience);
    while (true) {
      Answer answer = call("POST", "/api/v1/bookings", memberToken, body);
      if (answer.status() == 201) {
        return answer.body().get("id").asText();
      }
      if (answer.status() == 404 && Instant.now().isBefore(deadline)) {
        pause(200);
        continue;
      }
      throw new IllegalStateException("setup booking of " + classId + ": " + answer.describe());
    }
  }

  Optional<Integer> availableSlots(String classId) {
    Answer answer = call("GET", "/api/v1/classes/" + classId, null, null);
    return answer.status() == 200
        ? Optional.of(answer.body().get("availableSlots").asInt())
        : Optional.empty();
  }

  /** A plain list, or the items of a page envelope. */
  static Iterable<JsonNode> items(JsonNode node) {
    if (node == null) {
      return java.util.List.of();
    }
    return node.has("items") ? node.get("items") : node;
  }

  static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
