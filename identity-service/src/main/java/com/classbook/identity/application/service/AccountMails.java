package com.classbook.identity.application.service;

import com.classbook.identity.application.port.out.MailSender;
import com.classbook.identity.application.port.out.MailSender.MailMessage;
import com.classbook.identity.domain.PersonName;
import com.classbook.identity.domain.User;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Writes and delivers the account emails. Subjects are fixed texts; the only user-chosen text in a
 * body is the first name, and only when it passes the name rule, shortened. A failed delivery never
 * undoes the account change: the user can ask for the link again. Each recipient gets at most the
 * configured number of mails per hour, whatever asked for them.
 */
@ApplicationScoped
public class AccountMails {
  /** Long enough for real first names, too short to carry a message. */
  static final int GREETING_NAME_MAX_LENGTH = 30;

  private static final Logger LOG = Logger.getLogger(AccountMails.class);

  private final MailSender sender;
  private final AccountPolicy policy;
  private final AbuseLimits limits;

  public AccountMails(MailSender sender, AccountPolicy policy, AbuseLimits limits) {
    this.sender = sender;
    this.policy = policy;
    this.limits = limits;
  }

  public MailMessage verification(User user, String secret) {
    String link = policy.linkBaseUrl() + "/verify-email?token=" + secret;
    return new MailMessage(
        user.email().value(),
        "Confirm your email address",
        greeting(user)
            + "\n\nplease confirm your email address by opening this link:\n\n"
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
        greeting(user)
            + "\n\nsomeone asked to reset the password of your account. To choose a new one,"
            + " open this link:\n\n"
            + link
            + "\n\nThe link works once and expires in "
            + policy.resetTokenTtl().toMinutes()
            + " minutes. If you did not ask for this, ignore this email.\n");
  }

  /**
   * "Hello Ada," for a name that passes the rule; a plain "Hello," for anything stored before the
   * rule existed, so no earlier input can put links or line breaks into a mail.
   */
  static String greeting(User user) {
    String name = PersonName.normalize(user.firstName());
    if (!PersonName.isValid(name)) {
      return "Hello,";
    }
    int end =
        name.offsetByCodePoints(
            0, Math.min(GREETING_NAME_MAX_LENGTH, name.codePointCount(0, name.length())));
    return "Hello " + name.substring(0, end).trim() + ",";
  }

  /** Delivers within the recipient's cap and waits; a failure is logged, not propagated. */
  public Uni<Void> deliver(MailMessage message) {
    return limits
        .mayMail(message.to())
        .onFailure()
        .recoverWithItem(true)
        .chain(allowed -> allowed ? send(message) : skipped(message));
  }

  private Uni<Void> send(MailMessage message) {
    return sender
        .send(message)
        .onFailure()
        .recoverWithUni(
            failure -> {
              LOG.warnf("could not deliver '%s': %s", message.subject(), failure.getMessage());
              return Uni.createFrom().voidItem();
            });
  }

  private static Uni<Void> skipped(MailMessage message) {
    LOG.infof("'%s' not sent: the recipient's hourly mail cap is reached", message.subject());
    return Uni.createFrom().voidItem();
  }

  /**
   * Delivers without making the caller wait, so the response time does not depend on whether a mail
   * was sent (no account enumeration by timing).
   */
  public void deliverInBackground(MailMessage message) {
    deliver(message).subscribe().with(done -> {}, failure -> {});
  }
}
