package org.anju.security.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code POST /api/v1/auth/login}: the organization code ({@code platform} for platform admins), username, password. */
public record LoginRequest(
        @NotBlank @Size(max = 31) String organization,
        @NotBlank @Size(max = 64) String username,
        @NotBlank @Size(max = 128) String password) {

    @Override
    public String toString() {
        return "LoginRequest[" + organization + ", " + username + "]"; // never the password
    }
}
