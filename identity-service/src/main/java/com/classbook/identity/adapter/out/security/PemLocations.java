package com.classbook.identity.adapter.out.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads PEM text from a key location as MicroProfile JWT writes them: {@code file:/path}, {@code
 * classpath:name}, or a bare name looked up on the classpath first and then as a file.
 */
final class PemLocations {
  private PemLocations() {}

  static String read(String location) {
    if (location.startsWith("file:")) {
      return readFile(Path.of(location.substring("file:".length())));
    }
    String name =
        location.startsWith("classpath:") ? location.substring("classpath:".length()) : location;
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    try (InputStream in =
        loader.getResourceAsStream(name.startsWith("/") ? name.substring(1) : name)) {
      if (in != null) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read key " + location, e);
    }
    if (location.startsWith("classpath:")) {
      throw new IllegalStateException("no key on the classpath at " + location);
    }
    return readFile(Path.of(location));
  }

  private static String readFile(Path path) {
    try {
      return Files.readString(path, StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read key file " + path.toAbsolutePath(), e);
    }
  }
}
