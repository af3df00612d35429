package com.classbook.identity.config;

import com.classbook.identity.adapter.out.mail.FileMailSender;
import com.classbook.identity.adapter.out.mail.SmtpMailSender;
import com.classbook.identity.application.port.out.MailSender;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Picks the mail adapter: classbook.mail.adapter=file (default) or smtp. */
@ApplicationScoped
public class MailSenderProducer {
  @Produces
  @ApplicationScoped
  MailSender mailSender(
      @ConfigProperty(name = "classbook.mail.adapter") String adapter,
      Instance<FileMailSender> file,
      Instance<SmtpMailSender> smtp) {
    return switch (adapter) {
      case "file" -> file.get();
      case "smtp" -> smtp.get();
      default ->
          throw new IllegalArgumentException(
              "classbook.mail.adapter must be file or smtp, was " + adapter);
    };
  }
}
