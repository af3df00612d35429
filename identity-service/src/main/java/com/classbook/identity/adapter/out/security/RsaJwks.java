package com.classbook.identity.adapter.out.security;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** RSA public keys as JSON Web Keys, identified by their RFC 7638 thumbprint. */
final class RsaJwks {
  private RsaJwks() {}

  static Map<String, Object> jwk(RSAPublicKey key) {
    Map<String, Object> jwk = new LinkedHashMap<>();
    jwk.put("kty", "RSA");
    jwk.put("use", "sig");
    jwk.put("alg", "RS256");
    jwk.put("kid", thumbprint(key));
    jwk.put("n", base64Url(key.getModulus()));
    jwk.put("e", base64Url(key.getPublicExponent()));
    return jwk;
  }

  /** RFC 7638: SHA-256 over the required members in lexicographic order, no whitespace. */
  static String thumbprint(RSAPublicKey key) {
    String canonical =
        "{\"e\":\""
            + base64Url(key.getPublicExponent())
            + "\",\"kty\":\"RSA\",\"n\":\""
            + base64Url(key.getModulus())
            + "\"}";
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 unavailable", e);
    }
  }

  /** Unsigned big-endian bytes, without the sign byte BigInteger may add. */
  private static String base64Url(BigInteger value) {
    byte[] bytes = value.toByteArray();
    if (bytes.length > 1 && bytes[0] == 0) {
      bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
    }
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
