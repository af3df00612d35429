package com.classbook.identity.adapter.in.rest;

import io.vertx.core.http.HttpServerRequest;

/** The client address the limits count against. */
final class ClientAddresses {
  private ClientAddresses() {}

  /**
   * With proxy address forwarding on, this is the address a trusted proxy (the gateway, the
   * ingress) reported in X-Forwarded-For; from anyone else the header is ignored and the peer
   * address counts.
   */
  static String of(HttpServerRequest request) {
    return request.remoteAddress() == null ? null : request.remoteAddress().hostAddress();
  }
}
