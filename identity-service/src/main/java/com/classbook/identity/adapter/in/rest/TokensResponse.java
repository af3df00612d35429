package com.classbook.identity.adapter.in.rest;

import com.classbook.identity.application.port.in.AuthTokens;

/** The token pair returned by login and refresh. */
public record TokensResponse(
    String accessToken, String refreshToken, String tokenType, long expiresIn) {

  static TokensResponse of(AuthTokens tokens) {
    return new TokensResponse(
        tokens.accessToken(), tokens.refreshToken(), "Bearer", tokens.expiresIn());
  }
}
