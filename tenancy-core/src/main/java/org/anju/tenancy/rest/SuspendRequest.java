package org.anju.tenancy.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why an organization is suspended: shown to its users when their sign-in is refused, and kept in its history. */
public record SuspendRequest(@NotBlank @Size(max = 500) String reason) {
}
