package com.classbook.identity.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.classbook.identity.application.port.out.MailSender.MailMessage;
import com.classbook.identity.domain.EmailAddress;
import com.classbook.identity.domain.Role;
import com.classbook.identity.domain.User;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AccountMailsTest {
  private final IdentityFakes fakes = new IdentityFakes();
  private final AccountMails mails = fakes.accountMails();

  private static User named(String firstName) {
    Instant now = Instant.parse("2026-03-01T10:00:00Z");
    return new User(
        UUID.randomUUID(),
        new EmailAddress("ada@example.com"),
        "hash",
        firstName,
        "Lovelace",
        "SG",
        false,
        Role.MEMBER,
        now,
        now,
        0);
  }

  @Test
  void aNameStoredBeforeTheRuleNeverReachesTheMail() {
    String stored = "Ada,\n\nyour account is locked. Sign in at https://evil.example to keep it";
    MailMessage mail = mails.verification(named(stored), "secret");
    assertTrue(mail.body().startsWith("Hello,\n\n"));
    assertFalse(mail.body().contains("evil"));
    assertEquals("Confirm your email address", mail.subject());
  }

  @Test
  void aLongNameIsShortenedInTheGreeting() {
    MailMessage mail = mails.passwordReset(named("A" + "b".repeat(60)), "secret");
    assertTrue(mail.body().startsWith("Hello A" + "b".repeat(29) + ",\n\n"));
    assertEquals("Reset your password", mail.subject());
  }
}
