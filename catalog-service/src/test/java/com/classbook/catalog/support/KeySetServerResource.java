package com.classbook.catalog.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.jwt.util.KeyUtils;
import java.security.interfaces.RSAPublicKey;
import java.util.Map;

/**
 * Starts a {@link KeySetServer} publishing the test key pair's public key under kid {@value
 * #TEST_KEY_ID}, and points the service's token verification at it instead of the test PEM file.
 */
public class KeySetServerResource implements QuarkusTestResourceLifecycleManager {
  public static final String TEST_KEY_ID = "test-key";

  private KeySetServer server;

  @Override
  public Map<String, String> start() {
    server = KeySetServer.start();
    try {
      server.publish(
          Map.of(TEST_KEY_ID, (RSAPublicKey) KeyUtils.readPublicKey("test-keys/jwt-public.pem")));
    } catch (Exception e) {
      throw new IllegalStateException("test key missing", e);
    }
    return Map.of("mp.jwt.verify.publickey.location", server.url());
  }

  @Override
  public void inject(TestInjector injector) {
    injector.injectIntoFields(server, new TestInjector.MatchesType(KeySetServer.class));
  }

  @Override
  public void stop() {
    if (server != null) {
      server.stop();
    }
  }
}
