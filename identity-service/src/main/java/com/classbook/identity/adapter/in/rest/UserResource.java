package com.classbook.identity.adapter.in.rest;

import com.classbook.identity.application.port.in.ChangePasswordCommand;
import com.classbook.identity.application.port.in.ChangePasswordUseCase;
import com.classbook.identity.application.port.in.ChangeRoleUseCase;
import com.classbook.identity.application.port.in.GetProfileUseCase;
import com.classbook.identity.application.port.in.UpdateProfileCommand;
import com.classbook.identity.application.port.in.UpdateProfileUseCase;
import com.classbook.identity.domain.Role;
import com.classbook.kernel.problem.DomainProblem;
import com.classbook.kernel.problem.ProblemCode;
import com.classbook.kernel.value.Roles;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.server.Cancellable;

/** The signed-in user's own account, and role administration. */
@Path("/api/v1/users")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Cancellable(false)
public class UserResource {
  private final GetProfileUseCase getProfile;
  private final UpdateProfileUseCase updateProfile;
  private final ChangePasswordUseCase changePassword;
  private final ChangeRoleUseCase changeRole;
  private final JsonWebToken jwt;

  public UserResource(
      GetProfileUseCase getProfile,
      UpdateProfileUseCase updateProfile,
      ChangePasswordUseCase changePassword,
      ChangeRoleUseCase changeRole,
      JsonWebToken jwt) {
    this.getProfile = getProfile;
    this.updateProfile = updateProfile;
    this.changePassword = changePassword;
    this.changeRole = changeRole;
    this.jwt = jwt;
  }

  @GET
  @Path("/me")
  @Operation(operationId = "getMyProfile", summary = "The signed-in user's account")
  @RolesAllowed({Roles.MEMBER, Roles.STAFF, Roles.ADMIN})
  public Uni<UserResponse> me() {
    return getProfile.profile(currentUser()).map(UserResponse::of);
  }

  @PATCH
  @Path("/me")
  @Operation(operationId = "updateMyProfile", summary = "Change names or country")
  @APIResponse(
      responseCode = "200",
      description = "the changed account",
      content = @Content(schema = @Schema(implementation = UserResponse.class)))
  @APIResponse(responseCode = "400", description = "VALIDATION_FAILED")
  @APIResponse(responseCode = "422", description = "UNKNOWN_COUNTRY")
  @RolesAllowed({Roles.MEMBER, Roles.STAFF, Roles.ADMIN})
  public Uni<UserResponse> updateMe(IdentityRequests.UpdateProfile body) {
    IdentityRequests.UpdateProfile request = IdentityRequests.required(body);
    return updateProfile
        .update(
            new UpdateProfileCommand(
                currentUser(), request.firstName(), request.lastName(), request.countryCode()))
        .map(UserResponse::of);
  }

  @POST
  @Path("/me/password")
  @Operation(operationId = "changePassword", summary = "Change the password")
  @APIResponse(responseCode = "204", description = "changed; other sessions end")
  @APIResponse(responseCode = "400", description = "VALIDATION_FAILED")
  @APIResponse(responseCode = "401", description = "INVALID_CREDENTIALS, UNAUTHORIZED")
  @APIResponse(responseCode = "429", description = Answers.TOO_MANY_PASSWORD_CHANGES)
  @APIResponse(responseCode = "503", description = Answers.HASHING_BUSY)
  @RolesAllowed({Roles.MEMBER, Roles.STAFF, Roles.ADMIN})
  public Uni<Response> changePassword(
      IdentityRequests.ChangePassword body, @Context HttpServerRequest http) {
    IdentityRequests.ChangePassword request = IdentityRequests.required(body);
    return changePassword
        .changePassword(
            new ChangePasswordCommand(
                currentUser(),
                request.currentPassword(),
                request.newPassword(),
                ClientAddresses.of(http)))
        .map(done -> Response.noContent().build());
  }

  /** Addition to the public contract: how STAFF and further ADMIN accounts come to exist. */
  @PATCH
  @Path("/{id}/role")
  @Operation(operationId = "changeUserRole", summary = "Make an account MEMBER, STAFF or ADMIN")
  @APIResponse(
      responseCode = "200",
      description = "the changed account",
      content = @Content(schema = @Schema(implementation = UserResponse.class)))
  @APIResponse(responseCode = "400", description = "VALIDATION_FAILED")
  @APIResponse(responseCode = "404", description = "NOT_FOUND")
  @RolesAllowed(Roles.ADMIN)
  public Uni<UserResponse> changeRole(
      @PathParam("id") String id, IdentityRequests.ChangeRole body) {
    Role role = Role.parse(IdentityRequests.required(body).role(), "role");
    UUID userId = parseId(id);
    return changeRole.changeRole(userId, role).map(UserResponse::of);
  }

  private UUID currentUser() {
    try {
      return UUID.fromString(jwt.getSubject());
    } catch (RuntimeException e) {
      throw new DomainProblem(ProblemCode.UNAUTHORIZED, "the token does not name a user");
    }
  }

  private static UUID parseId(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw new DomainProblem(ProblemCode.NOT_FOUND, "account not found");
    }
  }
}
