package com.classbook.identity.application.port.in;

/** The client address that per-address limits count against, as the trusted gateway reported it. */
public final class ClientAddress {
  /** IdentityRequests without a known peer share one bucket rather than escaping the limits. */
  public static final String UNKNOWN = "unknown";

  private ClientAddress() {}

  public static String orUnknown(String address) {
    return address == null || address.isBlank() ? UNKNOWN : address.trim();
  }
}
