package com.classbook.waitlist.adapter.out.identity;

import com.classbook.platform.reactive.VertxContexts;
import com.classbook.waitlist.application.port.out.ServiceTokens;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Obtains service tokens from identity-service with the client-credentials grant and reuses each
 * one until shortly before it expires.
 */
@ApplicationScoped
public class IdentityServiceTokens implements ServiceTokens {

  private static final Duration RENEW_BEFORE_EXPIRY = Duration.ofSeconds(30);

  private final IdentityTokenApi api;
  private final Clock clock;
  private final String clientId;
  private final String clientSecret;
  private final AtomicReference<CachedToken> cached = new AtomicReference<>();

  public IdentityServiceTokens(
      @RestClient IdentityTokenApi api,
      Clock clock,
      @ConfigProperty(name = "classbook.identity.client-id") String clientId,
      @ConfigProperty(name = "classbook.identity.client-secret") String clientSecret) {
    this.api = api;
    this.clock = clock;
    this.clientId = clientId;
    this.clientSecret = clientSecret;
  }

  @Override
  public Uni<String> accessToken() {
    CachedToken current = cached.get();
    Instant now = clock.instant();
    if (current != null && now.isBefore(current.renewAt())) {
      return Uni.createFrom().item(current.token());
    }
    return VertxContexts.resumeOnCaller(api.token("client_credentials", clientId, clientSecret))
        .map(
            answer -> {
              Duration lifetime = Duration.ofSeconds(answer.expiresIn());
              Duration margin =
                  lifetime.dividedBy(2).compareTo(RENEW_BEFORE_EXPIRY) < 0
                      ? lifetime.dividedBy(2)
                      : RENEW_BEFORE_EXPIRY;
              cached.set(new CachedToken(answer.accessToken(), now.plus(lifetime).minus(margin)));
              return answer.accessToken();
            });
  }

  @Override
  public void invalidate() {
    cached.set(null);
  }

  private record CachedToken(String token, Instant renewAt) {}
}
