package com.classbook.identity.adapter.out.mail;

import com.classbook.identity.application.port.out.MailSender;
import com.classbook.platform.reactive.VertxContexts;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Local and test mail: each message becomes {@code <MAIL_DIR>/<timestamp>-<random>.eml}. Files are
 * written under a temporary name and moved into place, so a reader never sees half a message.
 */
@ApplicationScoped
@Typed(FileMailSender.class)
public class FileMailSender implements MailSender {
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC);

  private final Path directory;
  private final String from;
  private final Clock clock;

  public FileMailSender(
      @ConfigProperty(name = "classbook.mail.dir") String directory,
      @ConfigProperty(name = "classbook.mail.from") String from,
      Clock clock) {
    this.directory = Path.of(directory);
    this.from = from;
    this.clock = clock;
  }

  @Override
  public Uni<Void> send(MailMessage message) {
    return VertxContexts.resumeOnCaller(
        Uni.createFrom()
            .item(() -> write(message))
            .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
            .replaceWithVoid());
  }

  private Path write(MailMessage message) {
    Instant now = clock.instant();
    String name = STAMP.format(now) + "-" + UUID.randomUUID().toString().substring(0, 8) + ".eml";
    try {
      Files.createDirectories(directory);
      Path temporary = directory.resolve("." + name + ".tmp");
      Files.writeString(temporary, EmlFormat.render(message, from, now), StandardCharsets.UTF_8);
      return Files.move(temporary, directory.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write mail into " + directory.toAbsolutePath(), e);
    }
  }
}
