package com.classbook.identity.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.classbook.identity.application.port.in.AuthTokens;
import com.classbook.identity.application.port.in.LoginCommand;
import com.classbook.identity.application.port.in.RegisterUserCommand;
import com.classbook.identity.domain.RetryLater;
import com.classbook.identity.domain.User;
import com.classbook.kernel.problem.DomainProblem;
import com.classbook.kernel.problem.ProblemCode;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuthenticationServiceTest {
  private static final String PASSWORD = "long-enough-1";
  private final IdentityFakes fakes = new IdentityFakes();
  private final AuthenticationService auth = fakes.authentication();

  private User account(String email, boolean verified) {
    RegistrationService registration = fakes.registration();
    User user =
        registration
            .register(new RegisterUserCommand(email, PASSWORD, "Ada", "L", "SG", "a"))
            .await()
            .indefinitely();
    if (verified) {
      registration.verify(fakes.mails.lastToken(email)).await().indefinitely();
    }
    return user;
  }

  private AuthTokens login(String email, String password, String address) {
    return auth.login(new LoginCommand(email, password, address)).await().indefinitely();
  }

  private DomainProblem loginFails(String email, String password, String address) {
    return assertThrows(DomainProblem.class, () -> login(email, password, address));
  }

  @Test
  void aVerifiedAccountGetsATokenPair() {
    User user = account("ada@example.com", true);
    fakes.issuer.lifetimeSeconds = 1234;
    AuthTokens tokens = login("ADA@example.com", PASSWORD, "1.1.1.1");
    assertEquals(List.of(user.id()), fakes.issuer.signedFor.stream().map(User::id).toList());
    assertEquals("access-1", tokens.accessToken(), "the issuer's token, passed on as it is");
    assertEquals(1234, tokens.expiresIn(), "the issuer's lifetime, not a constant");
    assertEquals(1, fakes.refreshTokens.liveTokens(user.id()));
  }

  @Test
  void wrongPasswordsAndUnknownAccountsFailAlikeAndCount() {
    account("ada@example.com", true);
    assertEquals(
        ProblemCode.INVALID_CREDENTIALS, loginFails("ada@example.com", "wrong-pass-1", "a").code());
    assertEquals(
        ProblemCode.INVALID_CREDENTIALS, loginFails("eve@example.com", PASSWORD, "a").code());
    assertEquals(1, fakes.hasher.dummyVerifications, "unknown accounts still cost a hash");
    assertEquals(2, fakes.limiter.addressFailures.get("a"));
    assertEquals(1, fakes.limiter.accountFailures.get("ada@example.com"));
  }

  @Test
  void unverifiedAccountsAreRefusedWithoutCountingAFailure() {
    account("ada@example.com", false);
    assertEquals(
        ProblemCode.EMAIL_NOT_VERIFIED, loginFails("ada@example.com", PASSWORD, "a").code());
    assertTrue(fakes.limiter.accountFailures.isEmpty());
  }

  @Test
  void aThrottledLoginIsRefusedBeforeThePasswordIsChecked() {
    account("ada@example.com", true);
    for (int i = 0; i < 5; i++) {
      loginFails("ada@example.com", "wrong-pass-1", "addr-" + i);
    }
    fakes.clock.advance(Duration.ofMinutes(15).minusSeconds(321));
    DomainProblem problem = loginFails("ada@example.com", PASSWORD, "elsewhere");
    assertTrue(problem instanceof RetryLater);
    assertEquals(ProblemCode.TOO_MANY_ATTEMPTS, problem.code());
    assertEquals(
        321,
        ((RetryLater) problem).retryAfterSeconds(),
        "Retry-After is the limiter's remaining window");
  }

  @Test
  void aSuccessResetsTheAccountCountButNotTheAddressCount() {
    account("ada@example.com", true);
    loginFails("ada@example.com", "wrong-pass-1", "a");
    login("ada@example.com", PASSWORD, "a");
    assertTrue(fakes.limiter.accountFailures.isEmpty());
    assertEquals(1, fakes.limiter.addressFailures.get("a"));
  }

  @Test
  void anAddressOverItsLimitStillSignsInToAccountsItKnows() {
    account("ada@example.com", true);
    account("bob@example.com", true);
    login("ada@example.com", PASSWORD, "office");
    for (int i = 0; i < 50; i++) {
      loginFails("user" + i + "@example.com", PASSWORD, "office");
    }
    assertEquals(
        ProblemCode.TOO_MANY_ATTEMPTS, loginFails("bob@example.com", PASSWORD, "office").code());
    login("ada@example.com", PASSWORD, "office");
    login("bob@example.com", PASSWORD, "home");
  }

  @Test
  void aRefreshAfterTheSessionsMaximumLifetimeRevokesTheFamily() {
    User user = account("ada@example.com", true);
    AuthTokens session = login("ada@example.com", PASSWORD, "a");
    for (int day = 13; day < 30; day += 13) {
      fakes.clock.advance(Duration.ofDays(13));
      session = auth.refresh(session.refreshToken()).await().indefinitely();
    }
    fakes.clock.advance(Duration.ofDays(4));
    String last = session.refreshToken();
    DomainProblem ended =
        assertThrows(DomainProblem.class, () -> auth.refresh(last).await().indefinitely());
    assertEquals(ProblemCode.INVALID_TOKEN, ended.code());
    assertEquals(401, ended.status());
    assertEquals(0, fakes.refreshTokens.liveTokens(user.id()), "the family was revoked");
  }

  @Test
  void refreshRotatesAndAReplayRevokesTheFamily() {
    User user = account("ada@example.com", true);
    AuthTokens first = login("ada@example.com", PASSWORD, "a");
    AuthTokens second = auth.refresh(first.refreshToken()).await().indefinitely();
    assertNotEquals(first.refreshToken(), second.refreshToken());

    DomainProblem replay =
        assertThrows(
            DomainProblem.class, () -> auth.refresh(first.refreshToken()).await().indefinitely());
    assertEquals(ProblemCode.INVALID_TOKEN, replay.code());
    assertEquals(401, replay.status());
    assertEquals(0, fakes.refreshTokens.liveTokens(user.id()), "the family was revoked");
    assertThrows(
        DomainProblem.class, () -> auth.refresh(second.refreshToken()).await().indefinitely());
  }

  @Test
  void expiredAndLoggedOutRefreshTokensAreRejected() {
    account("ada@example.com", true);
    AuthTokens session = login("ada@example.com", PASSWORD, "a");
    fakes.clock.advance(Duration.ofDays(14));
    assertThrows(
        DomainProblem.class, () -> auth.refresh(session.refreshToken()).await().indefinitely());

    fakes.clock.advance(Duration.ofDays(-14));
    AuthTokens other = login("ada@example.com", PASSWORD, "a");
    auth.logout(other.refreshToken()).await().indefinitely();
    assertThrows(
        DomainProblem.class, () -> auth.refresh(other.refreshToken()).await().indefinitely());
  }
}
