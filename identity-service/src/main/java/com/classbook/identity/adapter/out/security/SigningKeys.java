package com.classbook.identity.adapter.out.security;

import io.smallrye.jwt.util.KeyUtils;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The private key that signs access tokens and the public keys published for verifying them: the
 * signing key's own first, then the others of a rotation (the next key before the switch, the
 * previous one after it), each once and named by its RFC 7638 thumbprint.
 */
final class SigningKeys {
  private final PrivateKey signingKey;
  private final String signingKeyId;
  private final Map<String, RSAPublicKey> published;

  private SigningKeys(PrivateKey signingKey, Map<String, RSAPublicKey> published) {
    this.signingKey = signingKey;
    this.signingKeyId = published.keySet().iterator().next();
    this.published = published;
  }

  static SigningKeys load(String signingKeyLocation, List<String> otherPublicKeyLocations) {
    PrivateKey signing = readPrivateKey(signingKeyLocation);
    Map<String, RSAPublicKey> published = new LinkedHashMap<>();
    RSAPublicKey own = publicPartOf(signing);
    published.put(RsaJwks.thumbprint(own), own);
    for (String location : otherPublicKeyLocations) {
      RSAPublicKey other = readPublicKey(location);
      published.putIfAbsent(RsaJwks.thumbprint(other), other);
    }
    return new SigningKeys(signing, published);
  }

  PrivateKey signingKey() {
    return signingKey;
  }

  String signingKeyId() {
    return signingKeyId;
  }

  List<String> publishedKeyIds() {
    return List.copyOf(published.keySet());
  }

  List<Map<String, Object>> jwks() {
    List<Map<String, Object>> keys = new ArrayList<>();
    published.values().forEach(key -> keys.add(RsaJwks.jwk(key)));
    return List.copyOf(keys);
  }

  private static PrivateKey readPrivateKey(String location) {
    try {
      return KeyUtils.decodePrivateKey(PemLocations.read(location));
    } catch (Exception e) {
      throw new IllegalStateException("cannot read the token signing key at " + location, e);
    }
  }

  private static RSAPublicKey readPublicKey(String location) {
    PublicKey key;
    try {
      key = KeyUtils.decodePublicKey(PemLocations.read(location));
    } catch (Exception e) {
      throw new IllegalStateException("cannot read the published public key at " + location, e);
    }
    if (key instanceof RSAPublicKey rsa) {
      return rsa;
    }
    throw new IllegalStateException("the published key at " + location + " is not an RSA key");
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
