package com.classbook.identity.application.port.in;

/** An access token with its lifetime in seconds, and the refresh token that renews it. */
public record AuthTokens(String accessToken, String refreshToken, long expiresIn) {}
