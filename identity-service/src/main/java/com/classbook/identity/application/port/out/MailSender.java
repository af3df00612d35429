package com.classbook.identity.application.port.out;

import io.smallrye.mutiny.Uni;

/** Delivers a plain-text email to one recipient without blocking the event loop. */
public interface MailSender {
  Uni<Void> send(MailMessage message);

  /** One plain-text message. */
  record MailMessage(String to, String subject, String body) {}
}
