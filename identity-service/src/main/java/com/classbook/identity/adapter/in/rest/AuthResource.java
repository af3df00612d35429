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
import java.net.URI;

/** Registration, verification, login, refresh, logout and password recovery. */
@Path("/api/v1/auth")
@PermitAll
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
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
  public Uni<Response> register(Requests.Register body, @Context HttpServerRequest http) {
    Requests.Register request = Requests.required(body);
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
        .map(
            user ->
                Response.created(URI.create("/api/v1/users/me"))
                    .entity(UserResponse.of(user))
                    .build());
  }

  @POST
  @Path("/verify-email")
  public Uni<Response> verifyEmail(Requests.Token body) {
    return verifyEmail.verify(Requests.required(body).token()).map(done -> noContent());
  }

  @POST
  @Path("/resend-verification")
  public Uni<Response> resendVerification(Requests.Email body, @Context HttpServerRequest http) {
    return resendVerification
        .resend(Requests.required(body).email(), ClientAddresses.of(http))
        .map(done -> Response.accepted().build());
  }

  @POST
  @Path("/login")
  public Uni<Response> login(Requests.Login body, @Context HttpServerRequest http) {
    Requests.Login request = Requests.required(body);
    return login
        .login(new LoginCommand(request.email(), request.password(), ClientAddresses.of(http)))
        .map(this::tokens);
  }

  @POST
  @Path("/refresh")
  public Uni<Response> refresh(Requests.RefreshToken body) {
    return refresh.refresh(Requests.required(body).refreshToken()).map(this::tokens);
  }

  @POST
  @Path("/logout")
  public Uni<Response> logout(Requests.RefreshToken body) {
    return logout.logout(Requests.required(body).refreshToken()).map(done -> noContent());
  }

  @POST
  @Path("/forgot-password")
  public Uni<Response> forgotPassword(Requests.Email body, @Context HttpServerRequest http) {
    return forgotPassword
        .requestReset(Requests.required(body).email(), ClientAddresses.of(http))
        .map(done -> Response.accepted().build());
  }

  @POST
  @Path("/reset-password")
  public Uni<Response> resetPassword(Requests.ResetPassword body, @Context HttpServerRequest http) {
    Requests.ResetPassword request = Requests.required(body);
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
