package org.anju.identity.rest;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.anju.identity.domain.StaffUser;
import org.anju.security.api.AccountStatus;

/** Request and answer shapes of {@code /api/v1/users}. */
public final class UserDtos {

    private UserDtos() {
    }

    /** A new staff user. */
    public record CreateUserRequest(
            @NotBlank @Pattern(regexp = "[A-Za-z0-9_.@-]{2,64}", message = "{validation.username}") String username,
            @NotBlank @Size(max = 100) String displayName,
            @Email @Size(max = 200) String email,
            @NotBlank @Size(max = 64) String password,
            @NotNull @Size(max = 20) List<@NotBlank String> roles) {
        @Override
        public String toString() {
            return "CreateUserRequest[" + username + "]";
        }
    }

    /** Editable profile fields. */
    public record UpdateUserRequest(@NotBlank @Size(max = 100) String displayName, @Email @Size(max = 200) String email) {
    }

    /** The roles a user holds, replacing the current ones. */
    public record AssignRolesRequest(@NotNull @Size(max = 20) List<@NotBlank String> roles) {
    }

    /** A temporary password set by an administrator. */
    public record ResetPasswordRequest(@NotBlank @Size(max = 64) String password) {
        @Override
        public String toString() {
            return "ResetPasswordRequest[***]";
        }
    }

    /** Why a user is disabled (kept in the user's history). */
    public record DisableRequest(@Size(max = 500) String reason) {
    }

    /** A role as shown next to a user. */
    public record RoleRef(String code, String name) {
    }

    /** A staff user as the console lists it. */
    public record UserView(long id, String username, String displayName, String email, AccountStatus status,
                           List<RoleRef> roles, boolean mustChangePassword, Instant lockedUntil,
                           Instant lastLoginAt, Instant createdAt) {

        static UserView of(StaffUser u) {
            Instant now = Instant.now();
            return new UserView(u.id(), u.username(), u.displayName(), u.email(), u.status(),
                    u.roles().stream().map(r -> new RoleRef(r.code(), r.name()))
                            .sorted(Comparator.comparing(RoleRef::code)).toList(),
                    u.mustChangePassword(), u.lockedUntil() != null && u.lockedUntil().isAfter(now) ? u.lockedUntil() : null,
                    u.lastLoginAt(), u.createdAt());
        }
    }
}
