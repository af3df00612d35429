package com.classbook.booking.application.port.in;

import com.classbook.booking.domain.UserPackage;

/**
 * A user package with the catalog name of the package it was bought from; {@code expired} is true
 * once its expiry passed, even before the expiry job flagged it.
 */
public record WalletEntry(UserPackage userPackage, String name, boolean expired) {}
