package com.classbook.identity.application.service;

import com.classbook.identity.application.port.out.MailSender;
import com.classbook.identity.application.port.out.MailSender.MailMessage;
import com.classbook.identity.domain.User;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Writes and delivers the account emails. A failed delivery never undoes the account change: the
 * user can ask for the link again.
 */
@ApplicationScoped
public class AccountMails {
  private static final Logger LOG = Logger.getLogger(AccountMails.class);

  private final MailSender sender;
  private final AccountPolicy policy;

  public AccountMails(MailSender sender, AccountPolicy policy) {
    this.sender = sender;
    this.policy = policy;
  }

  public MailMessage verification(User user, String secret) {
    String link = policy.linkBaseUrl() + "/verify-email?token=" + secret;
    return new MailMessage(
        user.email().value(),
        "Confirm your email address",
        "Hello "
            + user.firstName()
            + ",\n\nplease confirm your email address by opening this link:\n\n"
            + link
            + "\n\nThe link works once and expires in "
            + policy.verificationTokenTtl().toHours()
            + " hours.\n");
  }

  public MailMessage passwordReset(User user, String secret) {
    String link = policy.linkBaseUrl() + "/reset-password?token=" + secret;
    return new MailMessage(
        user.email().value(),
        "Reset your password",
        "Hello "
            + user.firstName()
            + ",\n\nsomeone asked to reset the password of your account. To choose a new one,"
            + " open this link:\n\n"
            + link
            + "\n\nThe link works once and expires in "
            + policy.resetTokenTtl().toMinutes()
            + " minutes. If you did not ask for this, ignore this email.\n");
  }

  /** Delivers and waits; a failure is logged, not propagated. */
  public Uni<Void> deliver(MailMessage message) {
    return sender
        .send(message)
        .onFailure()
        .recoverWithUni(
            failure -> {
              LOG.warnf("could not deliver '%s': %s", message.subject(), failure.getMessage());
              return Uni.createFrom().voidItem();
            });
  }

  /**
   * Delivers without making the caller wait, so the response time does not depend on whether a mail
   * was sent (no account enumeration by timing).
   */
  public void deliverInBackground(MailMessage message) {
    deliver(message).subscribe().with(done -> {}, failure -> {});
  }
}
