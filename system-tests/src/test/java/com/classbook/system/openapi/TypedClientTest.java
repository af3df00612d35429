package com.classbook.system.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A frontend can use docs/openapi.json: openapi-typescript generates a client from it, and tsc
 * type-checks a member journey (login, packages, purchase, classes, book) written against that
 * client (src/test/ts). Needs Node and npm; deploy/local/test.sh installs both and runs npm ci.
 */
class TypedClientTest {

  private static final Path PROJECT = Path.of("src/test/ts").toAbsolutePath();

  @Test
  void memberJourneyTypeChecksAgainstTheGeneratedClient() throws Exception {
    if (!Files.isDirectory(PROJECT.resolve("node_modules"))) {
      run(List.of("npm", "ci", "--no-audit", "--no-fund"));
    }
    run(List.of("npm", "run", "--silent", "check"));
  }

  private static void run(List<String> command) throws IOException, InterruptedException {
    File log = Files.createTempFile("typed-client", ".log").toFile();
    Process process =
        new ProcessBuilder(command)
            .directory(PROJECT.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log)
            .start();
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly().waitFor();
    }
    assertEquals(
        0, process.exitValue(), () -> String.join(" ", command) + " failed:\n" + read(log));
  }

  private static String read(File log) {
    try {
      return Files.readString(log.toPath());
    } catch (IOException e) {
      return e.toString();
    }
  }
}
