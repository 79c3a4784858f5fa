package org.anju.security.application;

import org.anju.security.api.AnjuPrincipal;

/** The result of a successful sign-in: the token (shown once) and who it stands for. */
public record SignedIn(TokenService.Issued token, AnjuPrincipal principal, String organizationName) {
}
