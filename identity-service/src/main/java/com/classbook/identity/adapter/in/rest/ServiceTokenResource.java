package com.classbook.identity.adapter.in.rest;

import com.classbook.identity.application.port.in.IssueServiceTokenUseCase;
import com.classbook.identity.application.port.in.IssueServiceTokenUseCase.ServiceToken;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.Cancellable;

/** OAuth 2.0 client-credentials grant for services; internal, never routed by the gateway. */
@Path("/internal/v1/oauth/token")
@PermitAll
@Cancellable(false)
public class ServiceTokenResource {
  private final IssueServiceTokenUseCase issue;

  public ServiceTokenResource(IssueServiceTokenUseCase issue) {
    this.issue = issue;
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.APPLICATION_JSON)
  public Response token(
      @FormParam("grant_type") String grantType,
      @FormParam("client_id") String clientId,
      @FormParam("client_secret") String clientSecret) {
    ServiceToken token = issue.issue(grantType, clientId, clientSecret);
    return Response.ok(new Body(token.accessToken(), "Bearer", token.expiresIn()))
        .header("Cache-Control", "no-store")
        .build();
  }

  /** The OAuth 2.0 token response (RFC 6749 section 5.1). */
  public record Body(
      @JsonProperty("access_token") String accessToken,
      @JsonProperty("token_type") String tokenType,
      @JsonProperty("expires_in") long expiresIn) {}
}
