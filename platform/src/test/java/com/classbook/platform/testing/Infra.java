package com.classbook.platform.testing;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Drives the test environment's infrastructure from tests (stopping and starting its broker); the
 * developer's own broker and Redis are never touched.
 */
public final class Infra {
  private Infra() {}

  public static void run(String command) {
    Path script = repositoryRoot().resolve("deploy/local/infra.sh");
    try {
      ProcessBuilder builder =
          new ProcessBuilder("bash", script.toString(), command)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.INHERIT);
      builder.environment().put("CLASSBOOK_INFRA", "test");
      Process process = builder.start();
      if (!process.waitFor(180, TimeUnit.SECONDS) || process.exitValue() != 0) {
        process.destroyForcibly();
        throw new IllegalStateException("infra.sh " + command + " failed");
      }
    } catch (Exception e) {
      throw new IllegalStateException("infra.sh " + command + " failed", e);
    }
  }

  public static Path repositoryRoot() {
    Path dir = new File("").getAbsoluteFile().toPath();
    while (dir != null && !Files.exists(dir.resolve("deploy/local/infra.sh"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException(
          "repository root not found above " + new File("").getAbsolutePath());
    }
    return dir;
  }
}
