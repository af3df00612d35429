package com.classbook.identity.application.port.in;

/** The client-credentials grant: a configured service client gets a short-lived SERVICE token. */
public interface IssueServiceTokenUseCase {
  ServiceToken issue(String grantType, String clientId, String clientSecret);

  /** A service access token and its lifetime in seconds. */
  record ServiceToken(String accessToken, long expiresIn) {}
}
