package com.classbook.identity.application.service;

import com.classbook.identity.application.port.in.AuthTokens;
import com.classbook.identity.application.port.in.LoginCommand;
import com.classbook.identity.application.port.in.LoginUseCase;
import com.classbook.identity.application.port.in.LogoutUseCase;
import com.classbook.identity.application.port.in.RefreshTokensUseCase;
import com.classbook.identity.application.port.out.LoginAttemptLimiter;
import com.classbook.identity.application.port.out.PasswordHasher;
import com.classbook.identity.application.port.out.RefreshTokenRepository;
import com.classbook.identity.application.port.out.TransactionRunner;
import com.classbook.identity.application.port.out.UserRepository;
import com.classbook.identity.domain.RefreshToken;
import com.classbook.identity.domain.RefreshToken.RefreshVerdict;
import com.classbook.identity.domain.Secrets;
import com.classbook.identity.domain.User;
import com.classbook.kernel.problem.DomainProblem;
import com.classbook.kernel.problem.ProblemCode;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Optional;

/** Login, refresh-token rotation and logout. */
@ApplicationScoped
public class AuthenticationService implements LoginUseCase, RefreshTokensUseCase, LogoutUseCase {

  private final UserRepository users;
  private final RefreshTokenRepository refreshTokens;
  private final PasswordHasher hasher;
  private final LoginAttemptLimiter limiter;
  private final Sessions sessions;
  private final TransactionRunner transactions;
  private final AccountPolicy policy;
  private final Clock clock;

  public AuthenticationService(
      UserRepository users,
      RefreshTokenRepository refreshTokens,
      PasswordHasher hasher,
      LoginAttemptLimiter limiter,
      Sessions sessions,
      TransactionRunner transactions,
      AccountPolicy policy,
      Clock clock) {
    this.users = users;
    this.refreshTokens = refreshTokens;
    this.hasher = hasher;
    this.limiter = limiter;
    this.sessions = sessions;
    this.transactions = transactions;
    this.policy = policy;
    this.clock = clock;
  }

  @Override
  public Uni<AuthTokens> login(LoginCommand command) {
    String email = command.email();
    String address = command.clientAddress();
    return PasswordAttempts.checked(
            limiter,
            email,
            address,
            () ->
                transactions
                    .inTransaction(() -> users.findByEmail(email))
                    .chain(user -> passwordMatches(command.password(), user)))
        .chain(
            user -> {
              if (!user.emailVerified()) {
                throw new DomainProblem(
                    ProblemCode.EMAIL_NOT_VERIFIED,
                    "confirm your email address first; the link is in the verification email");
              }
              return transactions.inTransaction(() -> sessions.start(user));
            });
  }

  /** The account when the password is its own; for an unknown email the same time is spent. */
  private Uni<Optional<User>> passwordMatches(String password, Optional<User> user) {
    if (user.isEmpty()) {
      return hasher.verifyAgainstDummy(password).replaceWith(Optional.empty());
    }
    return hasher
        .verify(password, user.get().passwordHash())
        .map(ok -> ok ? user : Optional.empty());
  }

  @Override
  public Uni<AuthTokens> refresh(String refreshToken) {
    if (refreshToken == null || refreshToken.isBlank() || refreshToken.length() > 200) {
      return Uni.createFrom().failure(Problems.invalidRefreshToken());
    }
    String hash = Secrets.hash(refreshToken.trim());
    // The transaction commits a family revocation before the caller sees the rejection.
    return transactions
        .inTransaction(
            () ->
                refreshTokens
                    .findByHash(hash)
                    .chain(found -> found.map(this::rotate).orElseGet(this::rejected)))
        .map(tokens -> tokens.orElseThrow(Problems::invalidRefreshToken));
  }

  private Uni<Optional<AuthTokens>> rotate(RefreshToken token) {
    RefreshVerdict verdict = token.verdict(clock.instant(), policy.refreshFamilyMaxLifetime());
    if (verdict == RefreshVerdict.REUSED || verdict == RefreshVerdict.FAMILY_EXPIRED) {
      return revokeFamily(token);
    }
    if (verdict != RefreshVerdict.USABLE) {
      return rejected();
    }
    return refreshTokens
        .markRotated(token.id(), clock.instant())
        .chain(
            first -> {
              if (!first) {
                // Another request rotated it a moment ago: the same token was presented twice.
                return revokeFamily(token);
              }
              return users
                  .findById(token.userId())
                  .chain(
                      user ->
                          user.isEmpty()
                              ? rejected()
                              : sessions.continueAfter(token, user.get()).map(Optional::of));
            });
  }

  private Uni<Optional<AuthTokens>> revokeFamily(RefreshToken token) {
    return refreshTokens
        .revokeFamily(token.familyId(), clock.instant())
        .replaceWith(Optional.empty());
  }

  private Uni<Optional<AuthTokens>> rejected() {
    return Uni.createFrom().item(Optional.empty());
  }

  @Override
  public Uni<Void> logout(String refreshToken) {
    if (refreshToken == null || refreshToken.isBlank() || refreshToken.length() > 200) {
      return Uni.createFrom().voidItem();
    }
    String hash = Secrets.hash(refreshToken.trim());
    return transactions.inTransaction(
        () ->
            refreshTokens
                .findByHash(hash)
                .chain(
                    found ->
                        found
                            .map(t -> refreshTokens.revokeFamily(t.familyId(), clock.instant()))
                            .orElseGet(() -> Uni.createFrom().voidItem())));
  }
}
