package com.classbook.identity.adapter.in.rest;

import com.classbook.identity.application.port.in.PublishSigningKeysUseCase;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.server.Cancellable;

/**
 * The JSON Web Key set every service, this one included, verifies access tokens with. Answered on
 * the event loop from keys held in memory, so token checks waiting on it never wait for a worker.
 */
@Path("/.well-known/jwks.json")
@PermitAll
@Cancellable(false)
public class WellKnownResource {
  private final PublishSigningKeysUseCase keys;

  public WellKnownResource(PublishSigningKeysUseCase keys) {
    this.keys = keys;
  }

  @GET
  @Operation(operationId = "getJwks", summary = "The keys access tokens are signed with")
  @NonBlocking
  @Produces(MediaType.APPLICATION_JSON)
  public Response jwks() {
    CacheControl cache = new CacheControl();
    cache.setMaxAge(300);
    return Response.ok(Map.of("keys", keys.publicKeys())).cacheControl(cache).build();
  }
}
