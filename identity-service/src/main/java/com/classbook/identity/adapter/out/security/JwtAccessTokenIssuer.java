package com.classbook.identity.adapter.out.security;

import com.classbook.identity.application.port.out.AccessTokenIssuer;
import com.classbook.identity.domain.User;
import com.classbook.kernel.value.Roles;
import io.quarkus.runtime.Startup;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Signs RS256 access tokens with the configured private key. Keys load at startup so a missing or
 * mismatched key pair stops the service instead of failing logins later.
 */
@Startup
@ApplicationScoped
public class JwtAccessTokenIssuer implements AccessTokenIssuer {
  static final Duration MAX_ACCESS_LIFETIME = Duration.ofMinutes(15);

  private final PrivateKey signingKey;
  private final String keyId;
  private final RSAPublicKey verificationKey;
  private final String issuer;
  private final Set<String> audiences;
  private final Duration accessLifetime;
  private final Duration serviceLifetime;
  private final Clock clock;

  public JwtAccessTokenIssuer(
      @ConfigProperty(name = "smallrye.jwt.sign.key.location") String privateKeyLocation,
      @ConfigProperty(name = "mp.jwt.verify.publickey.location") String publicKeyLocation,
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
    this.signingKey = readPrivateKey(privateKeyLocation);
    this.verificationKey = readPublicKey(publicKeyLocation);
    RSAPublicKey signingPublic = publicPartOf(signingKey);
    if (!signingPublic.getModulus().equals(verificationKey.getModulus())) {
      throw new IllegalStateException(
          "the signing key does not match the published verification key");
    }
    this.keyId = RsaJwks.thumbprint(verificationKey);
    this.issuer = issuer;
    this.audiences = new HashSet<>(audiences);
    this.accessLifetime = accessLifetime;
    this.serviceLifetime = serviceLifetime;
    this.clock = clock;
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
            .keyId(keyId)
            .algorithm(SignatureAlgorithm.RS256)
            .sign(signingKey);
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
            .keyId(keyId)
            .algorithm(SignatureAlgorithm.RS256)
            .sign(signingKey);
    return new SignedToken(token, serviceLifetime.toSeconds());
  }

  @Override
  public List<Map<String, Object>> publicKeys() {
    return List.of(RsaJwks.jwk(verificationKey));
  }

  private static PrivateKey readPrivateKey(String location) {
    try {
      return KeyUtils.decodePrivateKey(PemLocations.read(location));
    } catch (Exception e) {
      throw new IllegalStateException("cannot read the token signing key at " + location, e);
    }
  }

  private static RSAPublicKey readPublicKey(String location) {
    try {
      PublicKey key = KeyUtils.decodePublicKey(PemLocations.read(location));
      if (key instanceof RSAPublicKey rsa) {
        return rsa;
      }
      throw new IllegalStateException("the verification key is not an RSA key");
    } catch (IllegalStateException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException("cannot read the verification key at " + location, e);
    }
  }

  private static RSAPublicKey publicPartOf(PrivateKey key) {
    if (!(key instanceof RSAPrivateCrtKey crt)) {
      throw new IllegalStateException("the signing key is not an RSA private key");
    }
    try {
      return (RSAPublicKey)
          KeyFactory.getInstance("RSA")
              .generatePublic(new RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent()));
    } catch (Exception e) {
      throw new IllegalStateException("cannot derive the public key", e);
    }
  }
}
