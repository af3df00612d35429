package com.classbook.catalog.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * Stands in for identity-service's {@code /.well-known/jwks.json} on a free local port: serves the
 * keys it was told to publish, under the kids it was given, and counts the fetches.
 */
public final class KeySetServer {
  public static final String PATH = "/.well-known/jwks.json";

  private final HttpServer server;
  private final AtomicInteger fetches = new AtomicInteger();
  private volatile Map<String, RSAPublicKey> published = Map.of();

  private KeySetServer(HttpServer server) {
    this.server = server;
  }

  public static KeySetServer start() {
    try {
      HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      KeySetServer keySet = new KeySetServer(http);
      http.createContext(PATH, keySet::answer);
      http.start();
      return keySet;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + PATH;
  }

  /** Replaces the published keys (kid to key), as identity does when it restarts with others. */
  public void publish(Map<String, RSAPublicKey> keysByKid) {
    published = new LinkedHashMap<>(keysByKid);
  }

  public int fetches() {
    return fetches.get();
  }

  public void stop() {
    server.stop(0);
  }

  private void answer(com.sun.net.httpserver.HttpExchange exchange) throws IOException {
    fetches.incrementAndGet();
    byte[] body = json().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  private String json() {
    return published.entrySet().stream()
        .map(
            e ->
                "{\"kty\":\"RSA\",\"use\":\"sig\",\"alg\":\"RS256\",\"kid\":\""
                    + e.getKey()
                    + "\",\"n\":\""
                    + base64Url(e.getValue().getModulus())
                    + "\",\"e\":\""
                    + base64Url(e.getValue().getPublicExponent())
                    + "\"}")
        .collect(Collectors.joining(",", "{\"keys\":[", "]}"));
  }

  private static String base64Url(BigInteger value) {
    byte[] bytes = value.toByteArray();
    if (bytes.length > 1 && bytes[0] == 0) {
      bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
    }
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
