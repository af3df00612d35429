package com.classbook.identity.application.service;

import com.classbook.identity.application.port.in.IssueServiceTokenUseCase;
import com.classbook.identity.application.port.in.PublishSigningKeysUseCase;
import com.classbook.identity.application.port.out.AccessTokenIssuer;
import com.classbook.identity.application.port.out.AccessTokenIssuer.SignedToken;
import com.classbook.identity.application.port.out.ServiceClients;
import com.classbook.kernel.problem.DomainProblem;
import com.classbook.kernel.problem.ProblemCode;
import com.classbook.kernel.problem.ValidationProblem;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/** Service tokens for machine clients and the public key set that verifies every token. */
@ApplicationScoped
public class ServiceTokenService implements IssueServiceTokenUseCase, PublishSigningKeysUseCase {
  static final String CLIENT_CREDENTIALS = "client_credentials";

  private final ServiceClients clients;
  private final AccessTokenIssuer issuer;

  public ServiceTokenService(ServiceClients clients, AccessTokenIssuer issuer) {
    this.clients = clients;
    this.issuer = issuer;
  }

  @Override
  public ServiceToken issue(String grantType, String clientId, String clientSecret) {
    if (!CLIENT_CREDENTIALS.equals(grantType)) {
      throw ValidationProblem.of("grant_type", "must be client_credentials");
    }
    if (clientId == null
        || clientSecret == null
        || clientId.length() > 100
        || clientSecret.length() > 200
        || !clients.authenticate(clientId, clientSecret)) {
      throw new DomainProblem(ProblemCode.INVALID_CREDENTIALS, "unknown client or wrong secret");
    }
    SignedToken token = issuer.forService(clientId);
    return new ServiceToken(token.token(), token.expiresInSeconds());
  }

  @Override
  public List<Map<String, Object>> publicKeys() {
    return issuer.publicKeys();
  }
}
