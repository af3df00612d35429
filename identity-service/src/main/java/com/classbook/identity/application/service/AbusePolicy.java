package com.classbook.identity.application.service;

import com.classbook.identity.domain.RateLimit;

/** The configurable request quotas of the endpoints that hash passwords or send mail. */
public record AbusePolicy(
    RateLimit registerPerAddress,
    RateLimit resendVerificationPerAddress,
    RateLimit resendVerificationPerEmail,
    RateLimit forgotPasswordPerAddress,
    RateLimit forgotPasswordPerEmail,
    RateLimit resetPasswordPerAddress,
    RateLimit changePasswordPerUser,
    RateLimit mailsPerRecipient) {}
