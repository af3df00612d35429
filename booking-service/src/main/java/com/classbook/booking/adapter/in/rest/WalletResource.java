package com.classbook.booking.adapter.in.rest;

import com.classbook.booking.application.port.in.PurchasePackageCommand;
import com.classbook.booking.application.port.in.PurchasePackageUseCase;
import com.classbook.booking.application.port.in.ViewWalletUseCase;
import com.classbook.kernel.page.Page;
import com.classbook.kernel.page.PageRequest;
import com.classbook.kernel.value.Roles;
import com.classbook.platform.idempotency.IdempotentRequests;
import com.classbook.platform.rest.Locations;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.server.Cancellable;

/** Purchases and the member's wallet. */
@Path("/api/v1")
@RolesAllowed({Roles.MEMBER, Roles.STAFF, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Cancellable(false)
public class WalletResource {

  private static final String MY_PACKAGES = "/api/v1/me/packages";

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
  @Operation(
      operationId = "purchasePackage",
      summary = "Buy a credit package (Idempotency-Key honoured)")
  @APIResponse(
      responseCode = "201",
      description = "the package in the member's wallet",
      content = @Content(schema = @Schema(implementation = UserPackageResponse.class)))
  @APIResponse(
      responseCode = "400",
      description = "VALIDATION_FAILED: packageId or paymentToken missing or malformed")
  @APIResponse(
      responseCode = "402",
      description =
          "PAYMENT_FAILED: the card was declined (the decline code in the detail), the payment"
              + " token refused, or the card needs 3-D Secure; nothing was charged or credited")
  @APIResponse(responseCode = "404", description = "PACKAGE_NOT_FOUND")
  @APIResponse(responseCode = "409", description = "REQUEST_IN_PROGRESS: same Idempotency-Key")
  @APIResponse(responseCode = "422", description = "IDEMPOTENCY_KEY_REUSED")
  @APIResponse(
      responseCode = "503",
      description =
          "PAYMENT_PROVIDER_UNAVAILABLE: the payment processor did not answer in time, failed or"
              + " refused the service's credentials; nothing was credited and the Idempotency-Key"
              + " is free again: retry with the same key, which reaches the first charge's outcome")
  public Uni<Response> purchase(
      @HeaderParam(IdempotentRequests.HEADER) String key,
      @Valid @NotNull BookingRequests.Purchase body) {
    String userId = caller.id();
    // The charge's own idempotency follows the client's key, so a retried purchase is one charge.
    String paymentRef =
        "purchase:" + userId + ":" + (key == null ? UUID.randomUUID().toString() : key);
    return idempotency
        .run(
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
                            Locations.created(
                                MY_PACKAGES + "/" + entry.userPackage().id(),
                                RestMapper.userPackage(entry))))
        .map(answer -> Locations.ofCreated(answer, MY_PACKAGES));
  }

  @GET
  @Path("/me/packages")
  @Operation(operationId = "listMyPackages", summary = "The member's packages and credits")
  public Uni<Page<UserPackageResponse>> myPackages(
      @QueryParam("page") String page, @QueryParam("size") String size) {
    PageRequest request = PageRequest.parse(page, size);
    return wallet
        .packagesOf(caller.id(), request)
        .map(entries -> entries.map(RestMapper::userPackage));
  }

  @GET
  @Path("/me/packages/{id}")
  @Operation(operationId = "getMyPackage", summary = "One of the member's packages")
  @APIResponse(
      responseCode = "200",
      description = "the package with its remaining credits",
      content = @Content(schema = @Schema(implementation = UserPackageResponse.class)))
  @APIResponse(responseCode = "404", description = "NOT_FOUND")
  public Uni<UserPackageResponse> myPackage(@PathParam("id") String id) {
    return wallet.packageOf(caller.id(), id).map(RestMapper::userPackage);
  }
}
