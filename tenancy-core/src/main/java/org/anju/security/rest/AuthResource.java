package org.anju.security.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.anju.security.api.AnjuPrincipal;
import org.anju.security.api.CurrentPrincipal;
import org.anju.security.application.AuthenticationService;
import org.anju.security.application.SignedIn;
import org.anju.security.application.TokenService;
import org.apache.shiro.authz.annotation.RequiresAuthentication;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Sign-in and sign-out for operators' and authorities' staff and platform admins. */
@Path("/auth")
@Tag(name = "auth", description = "登录与退出 Sign-in and sign-out")
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

    @Inject
    AuthenticationService authentication;

    @Inject
    TokenService tokens;

    @Context
    HttpServletRequest request;

    @POST
    @Path("/login")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sign in with organization code, username and password; answers a bearer token")
    public LoginResponse login(@NotNull @Valid LoginRequest body) {
        SignedIn signedIn = authentication.login(body.organization(), body.username(), body.password(),
                request.getRemoteAddr());
        return new LoginResponse(signedIn.token().token(), "Bearer", signedIn.token().expiresAt(),
                UserView.of(signedIn.principal(), signedIn.organizationName()));
    }

    @POST
    @Path("/logout")
    @RequiresAuthentication
    @Operation(summary = "Revoke the token of this request")
    public Response logout() {
        AnjuPrincipal p = CurrentPrincipal.require();
        tokens.revoke(p.tokenHash());
        return Response.noContent().build();
    }
}
