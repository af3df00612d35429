package com.classbook.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The packaged service in the prod profile, as production runs it, with a clean environment: a
 * missing secret or a payment simulator nobody allowed stops it at startup with a message naming
 * what to set; with its secrets and the explicit opt-in (what deploy/local/run.sh passes) it
 * starts.
 */
class ProductionStartupIT {

  private static final Path APP = Path.of("target/quarkus-app/quarkus-run.jar");
  private static final Path LOGS = Path.of("target/production-startup-it");

  @Test
  void withoutADatabasePasswordItRefusesToStart() throws Exception {
    Map<String, String> env = infrastructure();

    Run run = start("no-db-password", env);

    assertNotEquals(0, run.awaitExit(), run.output());
    assertTrue(run.output().contains("DB_PASSWORD"), run.output());
  }

  @Test
  void withoutAStripeSecretKeyItRefusesToStart() throws Exception {
    Map<String, String> env = infrastructure();
    env.put("DB_PASSWORD", "booking-local-pw");

    Run run = start("no-stripe-key", env);

    assertNotEquals(0, run.awaitExit(), run.output());
    assertTrue(run.output().contains("STRIPE_SECRET_KEY"), run.output());
  }

  @Test
  void thePaymentSimulatorNeedsTheExplicitOptIn() throws Exception {
    Map<String, String> env = infrastructure();
    env.put("DB_PASSWORD", "booking-local-pw");
    env.put("CLASSBOOK_PAYMENT_PROVIDER", "simulated");

    Run run = start("simulator-not-allowed", env);

    assertNotEquals(0, run.awaitExit(), run.output());
    assertTrue(run.output().contains("CLASSBOOK_PAYMENT_SIMULATOR_ALLOWED"), run.output());
  }

  @Test
  void withItsSecretsAndTheSimulatorOptInItStarts() throws Exception {
    Map<String, String> env = infrastructure();
    env.put("DB_PASSWORD", "booking-local-pw");
    env.put("CLASSBOOK_PAYMENT_PROVIDER", "simulated");
    env.put("CLASSBOOK_PAYMENT_SIMULATOR_ALLOWED", "true");

    Run run = start("local-run", env);
    try {
      assertEquals(200, run.awaitStarted(), run.output());
      assertTrue(run.output().contains("payments are simulated"), run.output());
    } finally {
      run.stop();
    }
  }

  /** Where the test environment's infrastructure is (deploy/local/lib.sh), and nothing secret. */
  private static Map<String, String> infrastructure() throws IOException {
    Map<String, String> env = new HashMap<>();
    env.put("HTTP_PORT", Integer.toString(freePort()));
    env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
    env.put("QUARKUS_DATASOURCE_REACTIVE_URL", "mysql://127.0.0.1:3306/booking_test");
    env.put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:mysql://127.0.0.1:3306/booking_test");
    env.put("QUARKUS_FLYWAY_VALIDATE_ON_MIGRATE", "false");
    env.put("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:19092");
    env.put("REDIS_URL", "redis://127.0.0.1:16379");
    env.put(
        "JWT_PUBLIC_KEY_LOCATION",
        "file:"
            + Path.of("../platform/src/test/resources/test-keys/jwt-public.pem").toAbsolutePath());
    String group = "booking-startup-it-" + UUID.randomUUID();
    env.put("MP_MESSAGING_INCOMING_CATALOG_CLASSES_GROUP_ID", group);
    env.put("MP_MESSAGING_INCOMING_CATALOG_PACKAGES_GROUP_ID", group);
    env.put("LOG_JSON", "false");
    return env;
  }

  private static Run start(String name, Map<String, String> env) throws IOException {
    assertTrue(Files.exists(APP), APP + " missing: the IT runs after mvn package");
    Files.createDirectories(LOGS);
    Path log = LOGS.resolve(name + ".log");
    ProcessBuilder builder =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-jar",
                APP.toString())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().clear();
    builder.environment().putAll(env);
    return new Run(builder.start(), log, Integer.parseInt(env.get("HTTP_PORT")));
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private record Run(Process process, Path log, int port) {

    int awaitExit() throws InterruptedException {
      if (!process.waitFor(90, TimeUnit.SECONDS)) {
        stop();
        throw new AssertionError("still running after 90 s; expected a refusal: " + output());
      }
      return process.exitValue();
    }

    int awaitStarted() throws InterruptedException {
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
      HttpRequest started =
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/started"))
              .timeout(Duration.ofSeconds(3))
              .build();
      Instant deadline = Instant.now().plusSeconds(90);
      while (Instant.now().isBefore(deadline) && process.isAlive()) {
        try {
          int status = http.send(started, HttpResponse.BodyHandlers.discarding()).statusCode();
          if (status == 200) {
            return status;
          }
        } catch (IOException notYet) {
          // not listening yet
        }
        Thread.sleep(250);
      }
      return -1;
    }

    void stop() throws InterruptedException {
      process.destroy();
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }

    String output() {
      try {
        return Files.readString(log);
      } catch (IOException e) {
        return "(no output: " + e + ")";
      }
    }
  }
}
