package com.classbook.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.classbook.kernel.problem.ValidationProblem;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AccountRulesTest {
  private static final Duration FAMILY = Duration.ofDays(30);
  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

  @Test
  void emailsAreCanonicalLowerCaseAndBounded() {
    assertEquals("ada@example.com", new EmailAddress("  Ada@Example.COM ").value());
    assertFalse(EmailAddress.isValid("no-at-sign"));
    assertFalse(EmailAddress.isValid("a@b"));
    assertFalse(EmailAddress.isValid("a".repeat(250) + "@x.io"));
    assertThrows(IllegalArgumentException.class, () -> new EmailAddress("bad"));
  }

  @Test
  void passwordsNeedTenToOneHundredTwentyEightCharacters() {
    assertTrue(PasswordPolicy.violation("123456789").isPresent());
    assertTrue(PasswordPolicy.violation("1234567890").isEmpty());
    assertTrue(PasswordPolicy.violation("x".repeat(128)).isEmpty());
    assertTrue(PasswordPolicy.violation("x".repeat(129)).isPresent());
    assertTrue(PasswordPolicy.violation(" ".repeat(12)).isPresent());
    assertTrue(PasswordPolicy.violation(null).isPresent());
  }

  @Test
  void registrationAlwaysMakesAnUnverifiedMember() {
    User user =
        User.register(new EmailAddress("a@example.com"), "hash", "Ada", "L", "SG", NOW).user();
    assertEquals(Role.MEMBER, user.role());
    assertFalse(user.emailVerified());
    assertEquals(Optional.of(new UserFact.EmailVerified(user)), user.verifyEmail(NOW));
    assertEquals(Optional.empty(), user.verifyEmail(NOW), "verifying twice changes nothing");
  }

  @Test
  void profileUpdatesApplyOnlyGivenFields() {
    User user =
        User.register(new EmailAddress("a@example.com"), "hash", "Ada", "L", "SG", NOW).user();
    assertEquals(Optional.empty(), user.updateProfile(null, null, null, NOW.plusSeconds(1)));
    assertEquals(NOW, user.updatedAt());
    assertEquals(
        Optional.of(new UserFact.ProfileUpdated(user)),
        user.updateProfile("Grace", null, "TV", NOW.plusSeconds(1)));
    assertEquals("Grace", user.firstName());
    assertEquals("L", user.lastName());
    assertEquals("TV", user.countryCode());
    assertEquals(NOW.plusSeconds(1), user.updatedAt());
  }

  @Test
  void aRoleChangeIsAProfileUpdateAndTheSameRoleChangesNothing() {
    User user =
        User.register(new EmailAddress("a@example.com"), "hash", "Ada", "L", "SG", NOW).user();
    assertEquals(Optional.empty(), user.changeRole(Role.MEMBER, NOW.plusSeconds(1)));
    assertEquals(
        Optional.of(new UserFact.ProfileUpdated(user)),
        user.changeRole(Role.STAFF, NOW.plusSeconds(1)));
    assertEquals(Role.STAFF, user.role());
  }

  @Test
  void theAdministratorIsRegisteredVerified() {
    User admin =
        User.registerAdministrator(new EmailAddress("root@example.com"), "hash", "SG", NOW).user();
    assertEquals(Role.ADMIN, admin.role());
    assertTrue(admin.emailVerified());
  }

  @Test
  void rolesParseCaseInsensitivelyAndRejectOthers() {
    assertEquals(Role.STAFF, Role.parse(" staff ", "role"));
    assertThrows(ValidationProblem.class, () -> Role.parse("OWNER", "role"));
    assertThrows(ValidationProblem.class, () -> Role.parse(null, "role"));
  }

  @Test
  void oneTimeTokensAreSingleUseAndExpire() {
    OneTimeToken token =
        OneTimeToken.issue(
            UUID.randomUUID(), TokenPurpose.EMAIL_VERIFICATION, "h", NOW, Duration.ofHours(24));
    assertTrue(token.usableFor(TokenPurpose.EMAIL_VERIFICATION, NOW.plus(Duration.ofHours(23))));
    assertFalse(token.usableFor(TokenPurpose.EMAIL_VERIFICATION, NOW.plus(Duration.ofHours(24))));
    assertFalse(token.usableFor(TokenPurpose.PASSWORD_RESET, NOW), "purpose must match");
    OneTimeToken used =
        new OneTimeToken(
            token.id(), token.userId(), token.purpose(), "h", NOW, token.expiresAt(), NOW);
    assertFalse(used.usableFor(TokenPurpose.EMAIL_VERIFICATION, NOW));
  }

  @Test
  void refreshTokensTellUsableExpiredRevokedAndReused() {
    RefreshToken token =
        RefreshToken.startFamily(UUID.randomUUID(), "h1", NOW, Duration.ofDays(14), FAMILY);
    assertEquals(RefreshToken.RefreshVerdict.USABLE, token.verdict(NOW, FAMILY));
    assertEquals(
        RefreshToken.RefreshVerdict.EXPIRED, token.verdict(NOW.plus(Duration.ofDays(14)), FAMILY));
    RefreshToken next = token.successor("h2", NOW, Duration.ofDays(14), FAMILY);
    assertEquals(token.familyId(), next.familyId());
    assertNotEquals(token.id(), next.id());
    RefreshToken rotated =
        new RefreshToken(
            token.id(),
            token.userId(),
            token.familyId(),
            "h1",
            NOW,
            NOW,
            token.expiresAt(),
            NOW,
            null);
    assertEquals(RefreshToken.RefreshVerdict.REUSED, rotated.verdict(NOW, FAMILY));
    RefreshToken revoked =
        new RefreshToken(
            token.id(),
            token.userId(),
            token.familyId(),
            "h1",
            NOW,
            NOW,
            token.expiresAt(),
            NOW,
            NOW);
    assertEquals(RefreshToken.RefreshVerdict.REVOKED, revoked.verdict(NOW, FAMILY));
  }

  @Test
  void aRefreshTokenFamilyEndsAtItsMaximumLifetimeHoweverOftenItIsRotated() {
    RefreshToken first =
        RefreshToken.startFamily(UUID.randomUUID(), "h1", NOW, Duration.ofDays(14), FAMILY);
    Instant day20 = NOW.plus(Duration.ofDays(20));
    RefreshToken later = first.successor("h2", day20, Duration.ofDays(14), FAMILY);
    assertEquals(NOW, later.familyStartedAt());
    assertEquals(NOW.plus(FAMILY), later.expiresAt(), "never outlives its family");
    assertEquals(
        RefreshToken.RefreshVerdict.USABLE,
        later.verdict(NOW.plus(FAMILY).minusSeconds(1), FAMILY));
    assertEquals(
        RefreshToken.RefreshVerdict.FAMILY_EXPIRED, later.verdict(NOW.plus(FAMILY), FAMILY));
  }

  @Test
  void namesAreLettersOfAnyScriptWithSpacesHyphensAndApostrophes() {
    for (String name :
        List.of(
            "Ada",
            "Jean-Luc",
            "O'Brien",
            "D\u2019Angelo",
            "Mary  Ann",
            "Zo\u00eb",
            "Zoe\u0308",
            "\u5c71\u7530",
            "\u0645\u062d\u0645\u062f",
            "\u0645\u0647\u200c\u0633\u0627",
            "\u0160\u0107epanovi\u0107")) {
      assertTrue(PersonName.isValid(name), name);
    }
    assertEquals("Mary Ann", PersonName.normalize("  Mary  Ann "));
    for (String name :
        List.of(
            "",
            " ",
            "Ada\nClick https://evil.example",
            "Ada\r\nBcc: x@evil.example",
            "www.evil.example",
            "Ada2",
            "<b>Ada</b>",
            "Ada\u202e",
            "-Ada",
            "Ada--Lovelace",
            "x".repeat(101))) {
      assertFalse(PersonName.isValid(name), name);
    }
  }

  @Test
  void secretsCarryAtLeast256RandomBitsAndHashDeterministically() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      String secret = Secrets.random(32);
      assertEquals(43, secret.length());
      assertTrue(seen.add(secret));
    }
    assertEquals(Secrets.hash("abc"), Secrets.hash("abc"));
    assertEquals(64, Secrets.hash("abc").length());
    assertNotEquals(Secrets.hash("abc"), Secrets.hash("abd"));
    assertTrue(Secrets.constantTimeEquals("x", "x"));
    assertFalse(Secrets.constantTimeEquals("x", "y"));
  }
}
