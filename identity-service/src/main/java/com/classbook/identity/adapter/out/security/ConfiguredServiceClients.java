package com.classbook.identity.adapter.out.security;

import com.classbook.identity.application.port.out.ServiceClients;
import com.classbook.identity.domain.Secrets;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithParentName;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/** Service clients and their secrets from configuration (classbook.service-clients.*). */
@ApplicationScoped
public class ConfiguredServiceClients implements ServiceClients {

  /** classbook.service-clients.&lt;client-id&gt;.secret */
  @ConfigMapping(prefix = "classbook.service-clients")
  public interface Settings {
    @WithParentName
    Map<String, Client> clients();

    /** One client's credentials. */
    interface Client {
      String secret();
    }
  }

  private final Map<String, Settings.Client> clients;

  public ConfiguredServiceClients(Settings settings) {
    this.clients = settings.clients();
  }

  @Override
  public boolean authenticate(String clientId, String clientSecret) {
    Settings.Client client = clients.get(clientId);
    // Compare hashes so the comparison time reveals nothing about the secret.
    String expected = Secrets.hash(client == null ? "" : client.secret());
    boolean matches = Secrets.constantTimeEquals(expected, Secrets.hash(clientSecret));
    return client != null && !client.secret().isEmpty() && matches;
  }
}
