package com.classbook.identity.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.classbook.identity.application.port.in.RegisterUserCommand;
import com.classbook.identity.domain.Role;
import com.classbook.identity.domain.Secrets;
import com.classbook.identity.domain.User;
import com.classbook.kernel.problem.DomainProblem;
import com.classbook.kernel.problem.ProblemCode;
import com.classbook.kernel.problem.ValidationProblem;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegistrationServiceTest {
  private final IdentityFakes fakes = new IdentityFakes();
  private final RegistrationService service = fakes.registration();

  private User register(String email, String country) {
    return service
        .register(new RegisterUserCommand(email, "long-enough-1", "Ada", "Lovelace", country, "a"))
        .await()
        .indefinitely();
  }

  private static ProblemCode codeOf(Runnable action) {
    return assertThrows(DomainProblem.class, action::run).code();
  }

  @Test
  void registersAnUnverifiedMemberWithAHashedPasswordAndMailsAHashedToken() {
    User user = register("Ada@Example.com", "sg");

    assertEquals("ada@example.com", user.email().value());
    assertEquals("SG", user.countryCode());
    assertEquals(Role.MEMBER, user.role());
    assertFalse(user.emailVerified());
    assertNotEquals("long-enough-1", user.passwordHash());
    String token = fakes.mails.lastToken("ada@example.com");
    assertTrue(
        fakes.tokens.byId.values().stream()
            .anyMatch(t -> t.tokenHash().equals(Secrets.hash(token))),
        "only the hash of the mailed token is stored");
    assertTrue(fakes.tokens.byId.values().stream().noneMatch(t -> t.tokenHash().equals(token)));
    assertEquals(List.of("Registered:" + user.id()), fakes.events.published);
  }

  @Test
  void refusesATakenEmailWhateverItsCase() {
    register("ada@example.com", "SG");
    assertEquals(ProblemCode.EMAIL_TAKEN, codeOf(() -> register("ADA@example.com", "SG")));
  }

  @Test
  void refusesUnknownAndInactiveCountries() {
    assertEquals(ProblemCode.UNKNOWN_COUNTRY, codeOf(() -> register("a@example.com", "FR")));
    assertEquals(ProblemCode.UNKNOWN_COUNTRY, codeOf(() -> register("b@example.com", "NR")));
    assertTrue(fakes.users.byId.isEmpty());
    assertTrue(fakes.events.published.isEmpty());
  }

  @Test
  void aTakenEmailOrAnInactiveCountryIsRefusedBeforeThePasswordIsHashed() {
    register("ada@example.com", "SG");
    int hashes = fakes.hasher.hashes;
    codeOf(() -> register("ada@example.com", "SG"));
    codeOf(() -> register("bob@example.com", "NR"));
    assertEquals(hashes, fakes.hasher.hashes);
  }

  @Test
  void registrationsPerAddressAreLimited() {
    for (int i = 0; i < fakes.abusePolicy.registerPerAddress().max(); i++) {
      register("user" + i + "@example.com", "SG");
    }
    assertEquals(ProblemCode.TOO_MANY_REQUESTS, codeOf(() -> register("late@example.com", "SG")));
  }

  @Test
  void commandsValidateEveryField() {
    ValidationProblem problem =
        assertThrows(
            ValidationProblem.class,
            () -> new RegisterUserCommand("nope", "short", "", "x".repeat(101), "QQ", null));
    assertEquals(5, problem.violations().size());
  }

  @Test
  void verificationConsumesTheTokenOnceAndPublishesTheFact() {
    User user = register("ada@example.com", "SG");
    String token = fakes.mails.lastToken("ada@example.com");

    service.verify(token).await().indefinitely();
    assertTrue(fakes.users.byId.get(user.id()).emailVerified());
    assertTrue(fakes.events.published.contains("EmailVerified:" + user.id()));
    assertEquals(
        ProblemCode.INVALID_TOKEN, codeOf(() -> service.verify(token).await().indefinitely()));
  }

  @Test
  void verificationTokensExpireAfterTheirLifetime() {
    register("ada@example.com", "SG");
    String token = fakes.mails.lastToken("ada@example.com");
    fakes.clock.advance(Duration.ofHours(24));
    assertEquals(
        ProblemCode.INVALID_TOKEN, codeOf(() -> service.verify(token).await().indefinitely()));
  }

  @Test
  void resendReplacesTheOpenTokenAndIgnoresVerifiedOrUnknownAccounts() {
    register("ada@example.com", "SG");
    String first = fakes.mails.lastToken("ada@example.com");
    service.resend("ADA@example.com", "a").await().indefinitely();
    String second = fakes.mails.lastToken("ada@example.com");
    assertNotEquals(first, second);
    assertEquals(
        ProblemCode.INVALID_TOKEN, codeOf(() -> service.verify(first).await().indefinitely()));
    service.verify(second).await().indefinitely();

    int mailsBefore = fakes.mails.sent.size();
    service.resend("ada@example.com", "a").await().indefinitely();
    service.resend("nobody@example.com", "a").await().indefinitely();
    assertEquals(mailsBefore, fakes.mails.sent.size());
  }
}
