package com.classbook.identity.application.service;

import java.time.Duration;

/**
 * The configurable numbers of the account rules: token lifetimes, the absolute lifetime of a
 * refresh-token family (one login session) and where emailed links point.
 */
public record AccountPolicy(
    Duration verificationTokenTtl,
    Duration resetTokenTtl,
    Duration refreshTokenTtl,
    Duration refreshFamilyMaxLifetime,
    String linkBaseUrl) {}
