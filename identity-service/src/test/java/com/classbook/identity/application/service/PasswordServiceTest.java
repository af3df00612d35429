package com.classbook.identity.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.classbook.identity.application.port.in.ChangePasswordCommand;
import com.classbook.identity.application.port.in.LoginCommand;
import com.classbook.identity.application.port.in.RegisterUserCommand;
import com.classbook.identity.application.port.in.ResetPasswordCommand;
import com.classbook.identity.domain.RetryLater;
import com.classbook.identity.domain.User;
import com.classbook.kernel.problem.DomainProblem;
import com.classbook.kernel.problem.ProblemCode;
import com.classbook.kernel.problem.ValidationProblem;
import java.util.List;
import org.junit.jupiter.api.Test;

class PasswordServiceTest {
  private static final String PASSWORD = "long-enough-1";
  private static final String NEW_PASSWORD = "even-longer-22";
  private final IdentityFakes fakes = new IdentityFakes();
  private final PasswordService passwords = fakes.passwords();

  private User account(String email) {
    return fakes
        .registration()
        .register(new RegisterUserCommand(email, PASSWORD, "Ada", "L", "SG", "a"))
        .await()
        .indefinitely();
  }

  @Test
  void forgotPasswordMailsOnlyExistingAccounts() {
    account("ada@example.com");
    int before = fakes.mails.sent.size();
    passwords.requestReset("nobody@example.com", "a").await().indefinitely();
    assertEquals(before, fakes.mails.sent.size());
    passwords.requestReset("ADA@example.com", "a").await().indefinitely();
    assertEquals(before + 1, fakes.mails.sent.size());
  }

  @Test
  void resetChangesThePasswordVerifiesTheEmailAndRevokesSessions() {
    User user = account("ada@example.com");
    fakes.registration().verify(fakes.mails.lastToken("ada@example.com")).await().indefinitely();
    fakes
        .authentication()
        .login(new LoginCommand("ada@example.com", PASSWORD, "a"))
        .await()
        .indefinitely();
    assertEquals(1, fakes.refreshTokens.liveTokens(user.id()));

    passwords.requestReset("ada@example.com", "a").await().indefinitely();
    String token = fakes.mails.lastToken("ada@example.com");
    passwords.reset(new ResetPasswordCommand(token, NEW_PASSWORD, "a")).await().indefinitely();

    User after = fakes.users.byId.get(user.id());
    assertTrue(fakes.hasher.verify(NEW_PASSWORD, after.passwordHash()).await().indefinitely());
    assertEquals(0, fakes.refreshTokens.liveTokens(user.id()));
    DomainProblem reuse =
        assertThrows(
            DomainProblem.class,
            () ->
                passwords
                    .reset(new ResetPasswordCommand(token, "third-password-3", "a"))
                    .await()
                    .indefinitely());
    assertEquals(ProblemCode.INVALID_TOKEN, reuse.code());
  }

  @Test
  void aResetVerifiesAnUnverifiedEmailAndPublishesThatFactOnce() {
    User user = account("ada@example.com");
    passwords.requestReset("ada@example.com", "a").await().indefinitely();
    String first = fakes.mails.lastToken("ada@example.com");
    passwords.reset(new ResetPasswordCommand(first, NEW_PASSWORD, "a")).await().indefinitely();

    assertTrue(fakes.users.byId.get(user.id()).emailVerified());
    assertEquals(List.of("Registered:" + user.id(), "EmailVerified:" + user.id()), events());

    passwords.requestReset("ada@example.com", "a").await().indefinitely();
    String second = fakes.mails.lastToken("ada@example.com");
    passwords.reset(new ResetPasswordCommand(second, PASSWORD, "a")).await().indefinitely();
    assertEquals(2, events().size(), "verified already: no second fact");
  }

  private List<String> events() {
    return fakes.events.published;
  }

  @Test
  void changePasswordNeedsTheCurrentPassword() {
    User user = account("ada@example.com");
    DomainProblem wrong =
        assertThrows(
            DomainProblem.class,
            () ->
                passwords
                    .changePassword(
                        new ChangePasswordCommand(user.id(), "not-the-password", NEW_PASSWORD, "a"))
                    .await()
                    .indefinitely());
    assertEquals(ProblemCode.INVALID_CREDENTIALS, wrong.code());

    passwords
        .changePassword(new ChangePasswordCommand(user.id(), PASSWORD, NEW_PASSWORD, "a"))
        .await()
        .indefinitely();
    assertTrue(
        fakes
            .hasher
            .verify(NEW_PASSWORD, fakes.users.byId.get(user.id()).passwordHash())
            .await()
            .indefinitely());
  }

  @Test
  void anUnknownResetTokenIsRefusedWithoutHashing() {
    DomainProblem unknown =
        assertThrows(
            DomainProblem.class,
            () ->
                passwords
                    .reset(new ResetPasswordCommand("made-up", NEW_PASSWORD, "a"))
                    .await()
                    .indefinitely());
    assertEquals(ProblemCode.INVALID_TOKEN, unknown.code());
    assertEquals(0, fakes.hasher.hashes);
  }

  @Test
  void guessesOfTheCurrentPasswordCountAsFailedLogins() {
    User user = account("ada@example.com");
    for (int i = 0; i < 5; i++) {
      ChangePasswordCommand guess =
          new ChangePasswordCommand(user.id(), "guess-number-" + i, NEW_PASSWORD, "a" + i);
      assertEquals(
          ProblemCode.INVALID_CREDENTIALS,
          assertThrows(
                  DomainProblem.class, () -> passwords.changePassword(guess).await().indefinitely())
              .code());
    }
    int verifications = fakes.hasher.verifications;
    ChangePasswordCommand right =
        new ChangePasswordCommand(user.id(), PASSWORD, NEW_PASSWORD, "elsewhere");
    DomainProblem locked =
        assertThrows(
            DomainProblem.class, () -> passwords.changePassword(right).await().indefinitely());
    assertEquals(ProblemCode.TOO_MANY_ATTEMPTS, locked.code());
    assertTrue(locked instanceof RetryLater);
    assertEquals(verifications, fakes.hasher.verifications, "no check once locked");
  }

  @Test
  void forgotPasswordRefusesMalformedEmailsAndLimitsRequestsPerEmail() {
    assertThrows(
        ValidationProblem.class,
        () -> passwords.requestReset("not an email", "a").await().indefinitely());
    for (int i = 0; i < 5; i++) {
      passwords.requestReset("ada@example.com", "addr-" + i).await().indefinitely();
    }
    DomainProblem sixth =
        assertThrows(
            DomainProblem.class,
            () -> passwords.requestReset("ADA@example.com", "addr-6").await().indefinitely());
    assertEquals(ProblemCode.TOO_MANY_REQUESTS, sixth.code());
  }

  @Test
  void eachRecipientGetsAtMostTheConfiguredMailsPerHour() {
    account("ada@example.com");
    for (int i = 0; i < 4; i++) {
      passwords.requestReset("ada@example.com", "a").await().indefinitely();
    }
    fakes.registration().resend("ada@example.com", "a").await().indefinitely();
    fakes.registration().resend("ada@example.com", "a").await().indefinitely();
    long toAda = fakes.mails.sent.stream().filter(m -> m.to().equals("ada@example.com")).count();
    assertEquals(5, toAda);
  }
}
