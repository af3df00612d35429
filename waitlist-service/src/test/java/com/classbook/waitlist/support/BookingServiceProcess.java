package com.classbook.waitlist.support;

import com.classbook.platform.testing.Infra;
import com.classbook.platform.testing.KafkaProbe;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs the real booking service (its packaged application) against its test schema for the duration
 * of the tests, and points the waitlist at it.
 */
public class BookingServiceProcess implements QuarkusTestResourceLifecycleManager {

  private Process process;
  private Path copy;

  /** Where the booking service's console output goes. */
  public static Path log() {
    return Infra.repositoryRoot().resolve("waitlist-service/target/booking-service-it.log");
  }

  @Override
  public Map<String, String> start() {
    Path root = Infra.repositoryRoot();
    Path app = root.resolve("booking-service/target/quarkus-app");
    if (!Files.exists(app.resolve("quarkus-run.jar"))) {
      throw new IllegalStateException(
          "the booking service is not packaged: " + app + " (mvn install -pl booking-service)");
    }
    int port = freePort();
    try {
      // A private copy: a rebuild of the booking module must not swap jars under the process.
      copy = Files.createTempDirectory("booking-app-");
      copyTree(app, copy);
      Path log = log();
      Files.createDirectories(log.getParent());
      ProcessBuilder builder =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-Xms64m",
                  "-Xmx384m",
                  "-jar",
                  copy.resolve("quarkus-run.jar").toString())
              .directory(root.toFile())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile());
      Map<String, String> env = builder.environment();
      env.remove("QUARKUS_PROFILE");
      env.put("HTTP_PORT", Integer.toString(port));
      env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
      env.put("QUARKUS_DATASOURCE_REACTIVE_URL", "mysql://127.0.0.1:3306/booking_test");
      env.put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:mysql://127.0.0.1:3306/booking_test");
      env.put("QUARKUS_FLYWAY_VALIDATE_ON_MIGRATE", "false");
      // The test environment's broker and Redis, like the tests' own (deploy/local/lib.sh).
      env.put("KAFKA_BOOTSTRAP_SERVERS", KafkaProbe.BOOTSTRAP);
      env.put("REDIS_URL", "redis://127.0.0.1:16379");
      env.put(
          "JWT_PUBLIC_KEY_LOCATION",
          "file:" + root.resolve("platform/src/test/resources/test-keys/jwt-public.pem"));
      // Its own consumer group: never steal partitions from another running booking instance.
      env.put("MP_MESSAGING_INCOMING_CATALOG_CLASSES_GROUP_ID", "booking-service-waitlist-it");
      env.put("MP_MESSAGING_INCOMING_CATALOG_PACKAGES_GROUP_ID", "booking-service-waitlist-it");
      env.put("MP_MESSAGING_INCOMING_IDENTITY_USERS_GROUP_ID", "booking-service-waitlist-it");
      env.put("MP_MESSAGING_INCOMING_WAITLIST_ENTRIES_GROUP_ID", "booking-service-waitlist-it");
      env.put("LOG_JSON", "false");
      // The packaged service runs in the prod profile: no secret defaults, and payments are
      // simulated only on request.
      env.put("DB_PASSWORD", "booking-local-pw");
      env.put("CLASSBOOK_PAYMENT_PROVIDER", "simulated");
      env.put("CLASSBOOK_PAYMENT_SIMULATOR_ALLOWED", "true");
      process = builder.start();
      awaitReady(port, log);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.of("classbook.booking.url", "http://127.0.0.1:" + port);
  }

  @Override
  public void stop() {
    if (process != null) {
      process.destroy();
      try {
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        process.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }
    if (copy != null) {
      try (Stream<Path> files = Files.walk(copy)) {
        files.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
      } catch (IOException ignored) {
        // a temporary directory left behind is harmless
      }
    }
  }

  private void awaitReady(int port, Path log) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest ready =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready"))
            .timeout(Duration.ofSeconds(3))
            .build();
    Instant deadline = Instant.now().plusSeconds(120);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the booking service exited; see " + log);
      }
      try {
        if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // still starting
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      try {
        process.waitFor(500, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new IllegalStateException("the booking service was not ready in time; see " + log);
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path source : (Iterable<Path>) files::iterator) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }
}
