package com.classbook.platform.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.jwt.util.KeyUtils;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** Mints tokens as identity-service would, signed with the test-only key pair. */
public final class TestTokens {
  public static final String ISSUER = "https://classbook.local/identity";
  public static final String AUDIENCE = "classbook";

  private TestTokens() {}

  public static String member(String userId, String countryCode) {
    return token(userId, "MEMBER", countryCode, Duration.ofMinutes(10));
  }

  public static String newMember(String countryCode) {
    return member(UUID.randomUUID().toString(), countryCode);
  }

  public static String admin() {
    return token(UUID.randomUUID().toString(), "ADMIN", "SG", Duration.ofMinutes(10));
  }

  public static String staff() {
    return token(UUID.randomUUID().toString(), "STAFF", "SG", Duration.ofMinutes(10));
  }

  public static String service() {
    return token("waitlist-service", "SERVICE", null, Duration.ofMinutes(5));
  }

  public static String token(String subject, String group, String countryCode, Duration lifetime) {
    return claims(subject, group, countryCode, Instant.now().plus(lifetime)).sign(privateKey());
  }

  public static JwtClaimsBuilder claims(
      String subject, String group, String countryCode, Instant expiry) {
    JwtClaimsBuilder claims =
        Jwt.issuer(ISSUER)
            .audience(AUDIENCE)
            .subject(subject)
            .upn(subject + "@example.test")
            .claim("email", subject + "@example.test")
            .groups(Set.of(group))
            .issuedAt(Instant.now().minusSeconds(5))
            .expiresAt(expiry);
    return countryCode == null ? claims : claims.claim("country", countryCode);
  }

  public static PrivateKey privateKey() {
    try {
      return KeyUtils.readPrivateKey("test-keys/jwt-private.pem");
    } catch (Exception e) {
      throw new IllegalStateException("test key missing", e);
    }
  }
}
