package com.classbook.platform.testing;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A redis-server process of a test's own on a free port, to be killed with SIGKILL and started
 * again on the same port: a real outage without touching the shared test Redis.
 */
public final class PrivateRedis implements AutoCloseable {
  private final int port;
  private final Path dir;
  private Process process;

  private PrivateRedis(int port, Path dir) {
    this.port = port;
    this.dir = dir;
  }

  public static PrivateRedis start() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    PrivateRedis redis = new PrivateRedis(port, Files.createTempDirectory("private-redis"));
    redis.restart();
    return redis;
  }

  public String address() {
    return "redis://127.0.0.1:" + port;
  }

  /** SIGKILL: the process is gone at once, mid-command, as in a crash. */
  public void kill() throws InterruptedException {
    process.destroyForcibly().waitFor();
    awaitPort(false);
  }

  /** Starts it again on the same port, empty (no persistence), as after a restart with a flush. */
  public void restart() throws IOException {
    process =
        new ProcessBuilder(
                "redis-server",
                "--port",
                String.valueOf(port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                dir.toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("redis.log").toFile())
            .start();
    awaitPort(true);
  }

  private void awaitPort(boolean open) {
    await("redis-server on " + port + (open ? " listening" : " gone"))
        .atMost(Duration.ofSeconds(10))
        .pollInterval(Duration.ofMillis(20))
        .until(() -> listening() == open);
  }

  private boolean listening() {
    try (Socket ignored = new Socket("127.0.0.1", port)) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  @Override
  public void close() {
    if (process != null) {
      process.destroyForcibly();
    }
  }
}
