package com.classbook.booking.support;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * A local stand-in for the Stripe API on 127.0.0.1 (a random port); the payment adapter is pointed
 * at it through {@code classbook.payment.stripe.api-base}. Tests stub and verify through {@link
 * #server()}.
 */
public class StripeStub implements QuarkusTestResourceLifecycleManager {

  private static WireMockServer server;

  public static WireMockServer server() {
    return server;
  }

  @Override
  public Map<String, String> start() {
    server = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort());
    server.start();
    return Map.of("classbook.payment.stripe.api-base", "http://127.0.0.1:" + server.port());
  }

  @Override
  public void stop() {
    if (server != null) {
      server.stop();
    }
  }
}
