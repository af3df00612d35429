package com.classbook.identity.application.service;

import java.time.Duration;

/** The configurable numbers of the account rules: token lifetimes and where emailed links point. */
public record AccountPolicy(
    Duration verificationTokenTtl,
    Duration resetTokenTtl,
    Duration refreshTokenTtl,
    String linkBaseUrl) {}
