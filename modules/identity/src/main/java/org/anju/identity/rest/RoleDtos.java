package org.anju.identity.rest;

import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.anju.identity.application.RoleAdministration;

/** Request and answer shapes of {@code /api/v1/roles} and {@code /api/v1/permissions}. */
public final class RoleDtos {

    private RoleDtos() {
    }

    /** A new role. */
    public record CreateRoleRequest(@NotBlank @Size(max = 64) String code, @NotBlank @Size(max = 100) String name,
                                    @Size(max = 500) String description,
                                    @NotNull @Size(max = 200) List<@NotBlank String> permissions) {
    }

    /** A role's changeable parts. */
    public record UpdateRoleRequest(@NotBlank @Size(max = 100) String name, @Size(max = 500) String description,
                                    @NotNull @Size(max = 200) List<@NotBlank String> permissions) {
    }

    /** A role with its permissions and how many users hold it. */
    public record RoleView(long id, String code, String name, String description, boolean builtin,
                           List<String> permissions, long users, Instant createdAt) {

        static RoleView of(RoleAdministration.Entry e) {
            var r = e.role();
            return new RoleView(r.id(), r.code(), r.name(), r.description(), r.builtin(),
                    r.permissions().stream().sorted().toList(), e.users(), r.createdAt());
        }
    }

    /** One grantable permission with its label in the caller's language. */
    public record PermissionView(String permission, String group, String label) {
    }
}
