package com.classbook.system.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The load benchmark works against the suite under test: a smoke run (every scenario tiny) ends
 * with its summary table and no error. The benchmark's figures live in docs/benchmarks.md, never in
 * a test.
 */
class BenchSmokeIT {

  @Test
  void theSmokeRunOfTheBenchmarkPasses() throws Exception {
    Path root = Path.of(System.getProperty("repository.root", "..")).toAbsolutePath();
    Path log = Path.of("target", "bench-smoke.log").toAbsolutePath();
    Files.createDirectories(log.getParent());
    ProcessBuilder bench =
        new ProcessBuilder("bash", "deploy/local/bench.sh", "--smoke")
            .directory(root.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    // The same environment as the suite under test (CLASSBOOK_INFRA=test in the test command).
    String infra = System.getProperty("suite.infra", "");
    if (!infra.isBlank()) {
      bench.environment().put("CLASSBOOK_INFRA", infra);
    }
    Process process = bench.start();
    boolean ended = process.waitFor(15, TimeUnit.MINUTES);
    if (!ended) {
      process.destroyForcibly();
    }
    String output = Files.readString(log);
    assertTrue(ended, "bench.sh --smoke did not end within 15 minutes; see " + log);
    assertEquals(
        0, process.exitValue(), "bench.sh --smoke failed; see " + log + "\n" + tail(output));
    assertTrue(output.contains("a spread"), "the summary table was printed; see " + log);
  }

  private static String tail(String text) {
    String[] lines = text.split("\n");
    return String.join(
        "\n", java.util.Arrays.copyOfRange(lines, Math.max(0, lines.length - 30), lines.length));
  }
}
