package com.classbook.identity.adapter.out.mail;

import com.classbook.identity.application.port.out.MailSender;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;

/** Production mail through the SMTP server configured under quarkus.mailer.*. */
@ApplicationScoped
@Typed(SmtpMailSender.class)
public class SmtpMailSender implements MailSender {
  private final ReactiveMailer mailer;

  public SmtpMailSender(ReactiveMailer mailer) {
    this.mailer = mailer;
  }

  @Override
  public Uni<Void> send(MailMessage message) {
    return mailer.send(Mail.withText(message.to(), message.subject(), message.body()));
  }
}
