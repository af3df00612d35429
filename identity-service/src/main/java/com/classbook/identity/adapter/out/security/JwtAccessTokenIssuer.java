package com.classbook.identity.adapter.out.security;

import com.classbook.identity.application.port.out.AccessTokenIssuer;
import com.classbook.identity.domain.User;
import com.classbook.kernel.value.Roles;
import io.quarkus.runtime.Startup;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Signs RS256 access tokens with the configured private key and publishes it with the other keys of
 * a rotation. Keys load at startup so a missing or unreadable key stops the service instead of
 * failing logins later.
 */
@Startup
@ApplicationScoped
public class JwtAccessTokenIssuer implements AccessTokenIssuer {
  static final Duration MAX_ACCESS_LIFETIME = Duration.ofMinutes(15);
  private static final Logger LOG = Logger.getLogger(JwtAccessTokenIssuer.class);

  private final SigningKeys keys;
  private final String issuer;
  private final Set<String> audiences;
  private final Duration accessLifetime;
  private final Duration serviceLifetime;
  private final Clock clock;

  public JwtAccessTokenIssuer(
      @ConfigProperty(name = "smallrye.jwt.sign.key.location") String privateKeyLocation,
      @ConfigProperty(name = "classbook.jwt.published-key-locations")
          Optional<List<String>> otherPublicKeyLocations,
      @ConfigProperty(name = "mp.jwt.verify.issuer") String issuer,
      @ConfigProperty(name = "mp.jwt.verify.audiences") List<String> audiences,
      @ConfigProperty(name = "classbook.jwt.access-token-lifetime") Duration accessLifetime,
      @ConfigProperty(name = "classbook.jwt.service-token-lifetime") Duration serviceLifetime,
      Clock clock) {
    if (accessLifetime.isNegative()
        || accessLifetime.isZero()
        || accessLifetime.compareTo(MAX_ACCESS_LIFETIME) > 0) {
      throw new IllegalArgumentException("access tokens must live between 1 s and 15 min");
    }
    this.keys = SigningKeys.load(privateKeyLocation, otherPublicKeyLocations.orElse(List.of()));
    this.issuer = issuer;
    this.audiences = new HashSet<>(audiences);
    this.accessLifetime = accessLifetime;
    this.serviceLifetime = serviceLifetime;
    this.clock = clock;
    LOG.infof(
        "access tokens are signed with key %s; the key set publishes %s",
        keys.signingKeyId(), keys.publishedKeyIds());
  }

  @Override
  public SignedToken forUser(User user) {
    Instant now = clock.instant();
    String token =
        Jwt.issuer(issuer)
            .audience(audiences)
            .subject(user.id().toString())
            .upn(user.email().value())
            .claim("email", user.email().value())
            .groups(Set.of(user.role().name()))
            .claim("country", user.countryCode())
            .claim("jti", UUID.randomUUID().toString())
            .issuedAt(now)
            .expiresAt(now.plus(accessLifetime))
            .jws()
            .keyId(keys.signingKeyId())
            .algorithm(SignatureAlgorithm.RS256)
            .sign(keys.signingKey());
    return new SignedToken(token, accessLifetime.toSeconds());
  }

  @Override
  public SignedToken forService(String clientId) {
    Instant now = clock.instant();
    String token =
        Jwt.issuer(issuer)
            .audience(audiences)
            .subject(clientId)
            .upn(clientId)
            .groups(Set.of(Roles.SERVICE))
            .claim("jti", UUID.randomUUID().toString())
            .issuedAt(now)
            .expiresAt(now.plus(serviceLifetime))
            .jws()
            .keyId(keys.signingKeyId())
            .algorithm(SignatureAlgorithm.RS256)
            .sign(keys.signingKey());
    return new SignedToken(token, serviceLifetime.toSeconds());
  }

  @Override
  public List<Map<String, Object>> publicKeys() {
    return keys.jwks();
  }
}
