package com.classbook.identity.application.port.out;

/** The configured machine clients allowed to obtain service tokens. */
public interface ServiceClients {
  /** True when the client exists and the secret is its own. */
  boolean authenticate(String clientId, String clientSecret);
}
