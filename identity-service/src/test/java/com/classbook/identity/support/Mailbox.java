package com.classbook.identity.support;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Reads the .eml files the file mail adapter writes under target/mail. */
public final class Mailbox {
  public static final Path DIR = Path.of("target/mail");
  public static final String VERIFY = "Confirm your email address";
  public static final String RESET = "Reset your password";
  private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]+)");

  private Mailbox() {}

  /** Every message to the address with the subject, as raw RFC 5322 text. */
  public static List<String> messages(String to, String subject) {
    if (!Files.isDirectory(DIR)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(DIR)) {
      return files
          .filter(p -> p.getFileName().toString().endsWith(".eml"))
          .map(Mailbox::read)
          .filter(m -> m.contains("\r\nTo: " + to + "\r\n") && m.contains("Subject: " + subject))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Waits for a message to the address carrying a token not in {@code known}. */
  public static String awaitNewToken(String to, String subject, Set<String> known) {
    String[] found = new String[1];
    await()
        .atMost(Duration.ofSeconds(20))
        .pollInterval(Duration.ofMillis(100))
        .until(
            () -> {
              Optional<String> token =
                  messages(to, subject).stream()
                      .map(Mailbox::token)
                      .filter(t -> !known.contains(t))
                      .findFirst();
              token.ifPresent(t -> found[0] = t);
              return token.isPresent();
            });
    return found[0];
  }

  /** Waits until the listed messages reach the count. */
  public static void awaitCount(Supplier<List<String>> messages, int count) {
    await()
        .atMost(Duration.ofSeconds(20))
        .pollInterval(Duration.ofMillis(100))
        .until(() -> messages.get().size() >= count);
  }

  public static String awaitToken(String to, String subject) {
    return awaitNewToken(to, subject, Set.of());
  }

  public static String token(String message) {
    Matcher matcher = TOKEN.matcher(message);
    if (!matcher.find()) {
      throw new AssertionError("no token in message:\n" + message);
    }
    return matcher.group(1);
  }

  private static String read(Path path) {
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
