package com.classbook.identity.application.service;

import com.classbook.identity.application.port.in.AuthTokens;
import com.classbook.identity.application.port.out.AccessTokenIssuer;
import com.classbook.identity.application.port.out.AccessTokenIssuer.SignedToken;
import com.classbook.identity.application.port.out.RefreshTokenRepository;
import com.classbook.identity.domain.RefreshToken;
import com.classbook.identity.domain.Secrets;
import com.classbook.identity.domain.User;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;

/** Issues token pairs: a signed access token plus an opaque refresh token stored as a hash. */
@ApplicationScoped
public class Sessions {
  private final RefreshTokenRepository refreshTokens;
  private final AccessTokenIssuer issuer;
  private final AccountPolicy policy;
  private final Clock clock;

  public Sessions(
      RefreshTokenRepository refreshTokens,
      AccessTokenIssuer issuer,
      AccountPolicy policy,
      Clock clock) {
    this.refreshTokens = refreshTokens;
    this.issuer = issuer;
    this.policy = policy;
    this.clock = clock;
  }

  /** Starts a new refresh-token family; runs inside the caller's transaction. */
  Uni<AuthTokens> start(User user) {
    String secret = Secrets.random(RegistrationService.SECRET_BYTES);
    RefreshToken token =
        RefreshToken.startFamily(
            user.id(),
            Secrets.hash(secret),
            clock.instant(),
            policy.refreshTokenTtl(),
            policy.refreshFamilyMaxLifetime());
    return refreshTokens.save(token).map(ignored -> pair(user, secret));
  }

  /** Issues the successor of a rotated refresh token; runs inside the caller's transaction. */
  Uni<AuthTokens> continueAfter(RefreshToken rotated, User user) {
    String secret = Secrets.random(RegistrationService.SECRET_BYTES);
    RefreshToken next =
        rotated.successor(
            Secrets.hash(secret),
            clock.instant(),
            policy.refreshTokenTtl(),
            policy.refreshFamilyMaxLifetime());
    return refreshTokens.save(next).map(ignored -> pair(user, secret));
  }

  private AuthTokens pair(User user, String refreshSecret) {
    SignedToken access = issuer.forUser(user);
    return new AuthTokens(access.token(), refreshSecret, access.expiresInSeconds());
  }
}
