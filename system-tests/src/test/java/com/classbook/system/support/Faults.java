package com.classbook.system.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Real faults in the suite under test, through deploy/local/infra.sh and instance.sh of its
 * environment (the test environment when {@code suite.infra=test}). What the scripts print goes to
 * target/faults.log.
 */
public final class Faults {
  private static final Path ROOT = Path.of(System.getProperty("repository.root", ".."));
  private static final File LOG = Path.of("target", "faults.log").toFile();

  private Faults() {}

  /** Shuts Redis down without saving: its keys are gone when it comes back, as after a flush. */
  public static void stopRedis() {
    infra("redis-stop");
  }

  public static void startRedis() {
    infra("redis-start");
  }

  /** Stops the Kafka broker (SIGTERM, then SIGKILL after 30 s). */
  public static void stopKafka() {
    infra("kafka-stop");
  }

  /** Starts the Kafka broker again on its log directory and waits until it serves. */
  public static void startKafka() {
    infra("kafka-start");
  }

  /** Shuts MariaDB down (every schema of the machine: it is shared). */
  public static void stopMariaDb() {
    infra("mariadb-stop");
  }

  /** Starts MariaDB again and waits until it answers. */
  public static void startMariaDb() {
    infra("mariadb-start");
  }

  /**
   * The service's database fails: its user loses its privileges on its schema and its open
   * connections are killed, so every statement and every new connection fails until {@link
   * #restoreDatabase}.
   */
  public static void cutDatabase(String service) {
    infra("db-cut", service);
  }

  public static void restoreDatabase(String service) {
    infra("db-restore", service);
  }

  /** SIGKILL to instance {@code k} (1-based) of a service: a crash in the middle of its work. */
  public static void killInstance(String service, int k) {
    run("instance.sh", "kill", service, String.valueOf(k));
  }

  /**
   * Starts instance {@code k} of a service again as run.sh started it; returns once it is ready.
   */
  public static void startInstance(String service, int k) {
    run("instance.sh", "start", service, String.valueOf(k));
  }

  private static void infra(String... command) {
    String[] args = new String[command.length + 1];
    args[0] = "infra.sh";
    System.arraycopy(command, 0, args, 1, command.length);
    run(args);
  }

  private static void run(String... script) {
    List<String> command = new ArrayList<>();
    command.add("bash");
    command.add(ROOT.resolve("deploy/local").resolve(script[0]).toString());
    command.addAll(List.of(script).subList(1, script.length));
    try {
      Files.createDirectories(LOG.toPath().getParent());
      ProcessBuilder process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
              .redirectOutput(ProcessBuilder.Redirect.appendTo(LOG));
      String infra = System.getProperty("suite.infra", "");
      if (!infra.isBlank()) {
        process.environment().put("CLASSBOOK_INFRA", infra);
      }
      Process started = process.start();
      // The scripts wait for what they start with deadlines of their own (at most 90 s).
      Duration limit = Duration.ofSeconds(150);
      if (!started.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
        started.destroyForcibly();
        throw new IllegalStateException(String.join(" ", script) + " did not finish in " + limit);
      }
      if (started.exitValue() != 0) {
        throw new IllegalStateException(
            String.join(" ", script) + " failed (exit " + started.exitValue() + "); see " + LOG);
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
