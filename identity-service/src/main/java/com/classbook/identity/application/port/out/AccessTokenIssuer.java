package com.classbook.identity.application.port.out;

import com.classbook.identity.domain.User;
import java.util.List;
import java.util.Map;

/** Signs short-lived access tokens that every service verifies with the published public key. */
public interface AccessTokenIssuer {
  SignedToken forUser(User user);

  SignedToken forService(String clientId);

  /** The public verification keys as JSON Web Keys. */
  List<Map<String, Object>> publicKeys();

  /** A compact signed token and its lifetime in seconds. */
  record SignedToken(String token, long expiresInSeconds) {}
}
