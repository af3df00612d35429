package com.classbook.identity.adapter.in.rest;

import com.classbook.identity.application.port.in.AuthTokens;
import com.classbook.identity.application.port.in.ForgotPasswordUseCase;
import com.classbook.identity.application.port.in.LoginCommand;
import com.classbook.identity.application.port.in.LoginUseCase;
import com.classbook.identity.application.port.in.LogoutUseCase;
import com.classbook.identity.application.port.in.RefreshTokensUseCase;
import com.classbook.identity.application.port.in.RegisterUserCommand;
import com.classbook.identity.application.port.in.RegisterUserUseCase;
import com.classbook.identity.application.port.in.ResendVerificationUseCase;
import com.classbook.identity.application.port.in.ResetPasswordCommand;
import com.classbook.identity.application.port.in.ResetPasswordUseCase;
import com.classbook.identity.application.port.in.VerifyEmailUseCase;
import com.classbook.platform.rest.Locations;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.server.Cancellable;

/** Registration, verification, login, refresh, logout and password recovery. */
@Path("/api/v1/auth")
@PermitAll
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Cancellable(false)
public class AuthResource {
  private final RegisterUserUseCase register;
  private final VerifyEmailUseCase verifyEmail;
  private final ResendVerificationUseCase resendVerification;
  private final LoginUseCase login;
  private final RefreshTokensUseCase refresh;
  private final LogoutUseCase logout;
  private final ForgotPasswordUseCase forgotPassword;
  private final ResetPasswordUseCase resetPassword;

  public AuthResource(
      RegisterUserUseCase register,
      VerifyEmailUseCase verifyEmail,
      ResendVerificationUseCase resendVerification,
      LoginUseCase login,
      RefreshTokensUseCase refresh,
      LogoutUseCase logout,
      ForgotPasswordUseCase forgotPassword,
      ResetPasswordUseCase resetPassword) {
    this.register = register;
    this.verifyEmail = verifyEmail;
    this.resendVerification = resendVerification;
    this.login = login;
    this.refresh = refresh;
    this.logout = logout;
    this.forgotPassword = forgotPassword;
    this.resetPassword = resetPassword;
  }

  @POST
  @Path("/register")
  @Operation(operationId = "register", summary = "Create a member account and mail a link")
  @APIResponse(
      responseCode = "201",
      description = "the new, not yet verified account; Location names it",
      content = @Content(schema = @Schema(implementation = UserResponse.class)))
  @APIResponse(responseCode = "400", description = "VALIDATION_FAILED")
  @APIResponse(responseCode = "409", description = "EMAIL_TAKEN")
  @APIResponse(responseCode = "422", description = "UNKNOWN_COUNTRY")
  @APIResponse(responseCode = "429", description = Answers.TOO_MANY_REGISTRATIONS)
  @APIResponse(responseCode = "503", description = Answers.HASHING_BUSY)
  public Uni<Response> register(IdentityRequests.Register body, @Context HttpServerRequest http) {
    IdentityRequests.Register request = IdentityRequests.required(body);
    RegisterUserCommand command =
        new RegisterUserCommand(
            request.email(),
            request.password(),
            request.firstName(),
            request.lastName(),
            request.countryCode(),
            ClientAddresses.of(http));
    return register
        .register(command)
        .map(user -> Locations.created("/api/v1/users/me", UserResponse.of(user)));
  }

  @POST
  @Path("/verify-email")
  @Operation(operationId = "verifyEmail", summary = "Verify an email with the token of the mail")
  @APIResponse(responseCode = "204", description = "verified")
  @APIResponse(responseCode = "400", description = "INVALID_TOKEN, VALIDATION_FAILED")
  public Uni<Response> verifyEmail(IdentityRequests.Token body) {
    return verifyEmail.verify(IdentityRequests.required(body).token()).map(done -> noContent());
  }

  @POST
  @Path("/resend-verification")
  @Operation(operationId = "resendVerification", summary = "Mail a new verification link")
  @APIResponse(responseCode = "202", description = "accepted, whether or not the account exists")
  @APIResponse(responseCode = "400", description = Answers.MALFORMED_EMAIL)
  @APIResponse(responseCode = "429", description = Answers.TOO_MANY_MAIL_REQUESTS)
  public Uni<Response> resendVerification(
      IdentityRequests.Email body, @Context HttpServerRequest http) {
    return resendVerification
        .resend(IdentityRequests.required(body).email(), ClientAddresses.of(http))
        .map(done -> Response.accepted().build());
  }

  @POST
  @Path("/login")
  @Operation(operationId = "login", summary = "Sign in: an access and a refresh token")
  @APIResponse(
      responseCode = "200",
      description = "the tokens",
      content = @Content(schema = @Schema(implementation = TokensResponse.class)))
  @APIResponse(responseCode = "400", description = "VALIDATION_FAILED")
  @APIResponse(responseCode = "401", description = "INVALID_CREDENTIALS")
  @APIResponse(responseCode = "403", description = "EMAIL_NOT_VERIFIED")
  @APIResponse(responseCode = "429", description = Answers.TOO_MANY_ATTEMPTS)
  @APIResponse(responseCode = "503", description = Answers.HASHING_BUSY)
  public Uni<Response> login(IdentityRequests.Login body, @Context HttpServerRequest http) {
    IdentityRequests.Login request = IdentityRequests.required(body);
    return login
        .login(new LoginCommand(request.email(), request.password(), ClientAddresses.of(http)))
        .map(this::tokens);
  }

  @POST
  @Path("/refresh")
  @Operation(operationId = "refreshTokens", summary = "Trade a refresh token for a new pair")
  @APIResponse(
      responseCode = "200",
      description = "the new tokens; the refresh token given is used up",
      content = @Content(schema = @Schema(implementation = TokensResponse.class)))
  @APIResponse(responseCode = "400", description = "VALIDATION_FAILED")
  @APIResponse(responseCode = "401", description = "INVALID_TOKEN")
  public Uni<Response> refresh(IdentityRequests.RefreshToken body) {
    return refresh.refresh(IdentityRequests.required(body).refreshToken()).map(this::tokens);
  }

  @POST
  @Path("/logout")
  @Operation(operationId = "logout", summary = "End the session of a refresh token")
  @APIResponse(responseCode = "204", description = "signed out")
  @APIResponse(responseCode = "400", description = "VALIDATION_FAILED")
  public Uni<Response> logout(IdentityRequests.RefreshToken body) {
    return logout.logout(IdentityRequests.required(body).refreshToken()).map(done -> noContent());
  }

  @POST
  @Path("/forgot-password")
  @Operation(operationId = "forgotPassword", summary = "Mail a password reset link")
  @APIResponse(responseCode = "202", description = "accepted, whether or not the account exists")
  @APIResponse(responseCode = "400", description = Answers.MALFORMED_EMAIL)
  @APIResponse(responseCode = "429", description = Answers.TOO_MANY_MAIL_REQUESTS)
  public Uni<Response> forgotPassword(
      IdentityRequests.Email body, @Context HttpServerRequest http) {
    return forgotPassword
        .requestReset(IdentityRequests.required(body).email(), ClientAddresses.of(http))
        .map(done -> Response.accepted().build());
  }

  @POST
  @Path("/reset-password")
  @Operation(
      operationId = "resetPassword",
      summary = "Set a new password with the token of the mail")
  @APIResponse(responseCode = "204", description = "password changed")
  @APIResponse(responseCode = "400", description = "INVALID_TOKEN, VALIDATION_FAILED")
  @APIResponse(responseCode = "429", description = Answers.TOO_MANY_RESETS)
  @APIResponse(responseCode = "503", description = Answers.HASHING_BUSY)
  public Uni<Response> resetPassword(
      IdentityRequests.ResetPassword body, @Context HttpServerRequest http) {
    IdentityRequests.ResetPassword request = IdentityRequests.required(body);
    return resetPassword
        .reset(
            new ResetPasswordCommand(
                request.token(), request.newPassword(), ClientAddresses.of(http)))
        .map(done -> noContent());
  }

  private Response tokens(AuthTokens tokens) {
    return Response.ok(TokensResponse.of(tokens)).header("Cache-Control", "no-store").build();
  }

  private static Response noContent() {
    return Response.noContent().build();
  }
}
