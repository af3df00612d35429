package com.classbook.system.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Reads the .eml files the identity service writes locally, as a member reads their inbox. */
public final class Mailbox {
  private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_\\-]+)");

  private Mailbox() {}

  public static Path dir() {
    String configured = System.getenv("MAIL_DIR");
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured);
    }
    return Path.of(System.getProperty("repository.root", "..")).resolve("var/mail");
  }

  /**
   * Waits for the newest message to {@code email} whose text contains {@code linkPart}; returns its
   * token.
   */
  public static String awaitToken(String email, String linkPart) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (Instant.now().isBefore(deadline)) {
      Optional<String> token = newestToken(email, linkPart);
      if (token.isPresent()) {
        return token.get();
      }
      Poll.pause();
    }
    throw new AssertionError("no '" + linkPart + "' mail for " + email + " in " + dir());
  }

  /**
   * Waits for the newest message to {@code email} with a link containing {@code linkPart}; returns
   * the link.
   */
  public static String awaitLink(String email, String linkPart) {
    Pattern link = Pattern.compile("https?://\\S*" + Pattern.quote(linkPart) + "[A-Za-z0-9_\\-]+");
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (Instant.now().isBefore(deadline)) {
      Optional<String> found = newest(email, linkPart, link);
      if (found.isPresent()) {
        return found.get();
      }
      Poll.pause();
    }
    throw new AssertionError("no link with '" + linkPart + "' mailed to " + email + " in " + dir());
  }

  /** The texts of every message addressed to {@code email} (its To header). */
  public static List<String> messagesTo(String email) {
    if (!Files.isDirectory(dir())) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir())) {
      return files
          .filter(f -> f.toString().endsWith(".eml"))
          .map(Mailbox::read)
          .filter(text -> text.lines().anyMatch(line -> line.equals("To: " + email)))
          .toList();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Optional<String> newestToken(String email, String linkPart) {
    return newest(email, linkPart, TOKEN)
        .map(
            found -> {
              Matcher token = TOKEN.matcher(found);
              return token.find() ? token.group(1) : found;
            });
  }

  private static Optional<String> newest(String email, String linkPart, Pattern wanted) {
    if (!Files.isDirectory(dir())) {
      return Optional.empty();
    }
    try (Stream<Path> files = Files.list(dir())) {
      return files
          .filter(f -> f.toString().endsWith(".eml"))
          .sorted(Comparator.comparing(Mailbox::modified).reversed())
          .map(Mailbox::read)
          .filter(
              text -> text.contains(email) && text.toLowerCase().contains(linkPart.toLowerCase()))
          .map(wanted::matcher)
          .filter(Matcher::find)
          .map(Matcher::group)
          .findFirst();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static long modified(Path file) {
    try {
      return Files.getLastModifiedTime(file).toMillis();
    } catch (IOException e) {
      return 0;
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      return "";
    }
  }
}
