package com.classbook.bench;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;

/**
 * The fast path for members: RS256 access tokens signed with the local suite's development key,
 * with the claims identity-service puts into a member's token (iss, aud, sub, upn, email, groups,
 * country, jti, iat, exp; header kid = RFC 7638 thumbprint of the public key). A member is then
 * only a random UUID: booking-service and waitlist-service trust the token's subject and keep no
 * user table, so no sign-up (and no 250 ms password hash) is needed.
 */
final class MemberTokens {

  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

  private final PrivateKey key;
  private final String keyId;
  private final String issuer;
  private final String audience;
  private final long lifetimeSeconds;

  MemberTokens(Path privateKeyPem, String issuer, String audience, int lifetimeMinutes) {
    this.key = readPkcs8(privateKeyPem);
    this.keyId = thumbprint((RSAPrivateCrtKey) key);
    this.issuer = issuer;
    this.audience = audience;
    this.lifetimeSeconds = lifetimeMinutes * 60L;
  }

  /** A signed MEMBER token for {@code userId}. */
  String member(String userId, String country) {
    long now = Instant.now().getEpochSecond();
    String email = "bench+" + userId + "@example.com";
    String header = "{\"kid\":\"" + keyId + "\",\"typ\":\"JWT\",\"alg\":\"RS256\"}";
    String claims =
        "{\"iss\":\""
            + issuer
            + "\",\"aud\":\""
            + audience
            + "\",\"sub\":\""
            + userId
            + "\",\"upn\":\""
            + email
            + "\",\"email\":\""
            + email
            + "\",\"groups\":[\"MEMBER\"],\"country\":\""
            + country
            + "\",\"jti\":\""
            + UUID.randomUUID()
            + "\",\"iat\":"
            + now
            + ",\"exp\":"
            + (now + lifetimeSeconds)
            + "}";
    String signingInput = b64(header) + "." + b64(claims);
    try {
      Signature rs256 = Signature.getInstance("SHA256withRSA");
      rs256.initSign(key);
      rs256.update(signingInput.getBytes(StandardCharsets.US_ASCII));
      return signingInput + "." + B64.encodeToString(rs256.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot sign a member token", e);
    }
  }

  private static String b64(String json) {
    return B64.encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  private static PrivateKey readPkcs8(Path pem) {
    String text;
    try {
      text = Files.readString(pem, StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new IllegalStateException(
          "cannot read the token signing key "
              + pem.toAbsolutePath()
              + " (set BENCH_VAR or BENCH_JWT_KEY)",
          e);
    }
    if (!text.contains("-----BEGIN PRIVATE KEY-----")) {
      throw new IllegalStateException(pem + " is not a PKCS#8 PEM private key");
    }
    String base64 =
        text.replace("-----BEGIN PRIVATE KEY-----", "")
            .replace("-----END PRIVATE KEY-----", "")
            .replaceAll("\\s", "");
    try {
      PrivateKey key =
          KeyFactory.getInstance("RSA")
              .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
      if (!(key instanceof RSAPrivateCrtKey)) {
        throw new IllegalStateException(pem + " is not an RSA private key");
      }
      return key;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot decode the RSA key in " + pem, e);
    }
  }

  /** RFC 7638 thumbprint of the public half, as identity-service names its key. */
  private static String thumbprint(RSAPrivateCrtKey key) {
    String canonical =
        "{\"e\":\""
            + unsigned(key.getPublicExponent())
            + "\",\"kty\":\"RSA\",\"n\":\""
            + unsigned(key.getModulus())
            + "\"}";
    try {
      return B64.encodeToString(
          MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String unsigned(BigInteger value) {
    byte[] bytes = value.toByteArray();
    if (bytes.length > 1 && bytes[0] == 0) {
      bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
    }
    return B64.encodeToString(bytes);
  }
}
