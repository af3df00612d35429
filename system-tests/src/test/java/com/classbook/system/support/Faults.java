package com.classbook.system.support;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Real faults in the suite under test, through deploy/local/infra.sh of its environment (the test
 * environment when {@code suite.infra=test}).
 */
public final class Faults {
  private static final Path ROOT = Path.of(System.getProperty("repository.root", ".."));

  private Faults() {}

  /** Shuts Redis down without saving: its keys are gone when it comes back, as after a flush. */
  public static void stopRedis() {
    infra("redis-stop");
  }

  public static void startRedis() {
    infra("redis-start");
  }

  private static void infra(String command) {
    ProcessBuilder process =
        new ProcessBuilder("bash", ROOT.resolve("deploy/local/infra.sh").toString(), command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD);
    String infra = System.getProperty("suite.infra", "");
    if (!infra.isBlank()) {
      process.environment().put("CLASSBOOK_INFRA", infra);
    }
    try {
      Process started = process.start();
      if (!started.waitFor(60, TimeUnit.SECONDS) || started.exitValue() != 0) {
        started.destroyForcibly();
        throw new IllegalStateException("infra.sh " + command + " failed");
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
