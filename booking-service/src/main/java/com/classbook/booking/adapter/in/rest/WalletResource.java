package com.classbook.booking.adapter.in.rest;

import com.classbook.booking.application.port.in.PurchasePackageCommand;
import com.classbook.booking.application.port.in.PurchasePackageUseCase;
import com.classbook.booking.application.port.in.ViewWalletUseCase;
import com.classbook.kernel.value.Roles;
import com.classbook.platform.idempotency.IdempotentRequests;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;

/** Purchases and the member's wallet. */
@Path("/api/v1")
@RolesAllowed({Roles.MEMBER, Roles.STAFF, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class WalletResource {

  private final PurchasePackageUseCase purchases;
  private final ViewWalletUseCase wallet;
  private final IdempotentRequests idempotency;
  private final CurrentCaller caller;

  public WalletResource(
      PurchasePackageUseCase purchases,
      ViewWalletUseCase wallet,
      IdempotentRequests idempotency,
      CurrentCaller caller) {
    this.purchases = purchases;
    this.wallet = wallet;
    this.idempotency = idempotency;
    this.caller = caller;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Path("/purchases")
  public Uni<Response> purchase(
      @HeaderParam(IdempotentRequests.HEADER) String key, @Valid @NotNull Requests.Purchase body) {
    String userId = caller.id();
    // The charge's own idempotency follows the client's key, so a retried purchase is one charge.
    String paymentRef =
        "purchase:" + userId + ":" + (key == null ? UUID.randomUUID().toString() : key);
    return idempotency.run(
        "purchases:" + userId,
        key,
        body,
        () ->
            purchases
                .purchase(
                    new PurchasePackageCommand(
                        userId, body.packageId(), body.paymentToken(), paymentRef))
                .map(
                    entry ->
                        Response.status(Response.Status.CREATED)
                            .entity(RestMapper.userPackage(entry))
                            .build()));
  }

  @GET
  @Path("/me/packages")
  public Uni<List<UserPackageResponse>> myPackages() {
    return wallet
        .packagesOf(caller.id())
        .map(entries -> entries.stream().map(RestMapper::userPackage).toList());
  }
}
