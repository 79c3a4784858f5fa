package org.anju.identity.application;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.anju.identity.api.RoleDirectory;
import org.anju.identity.domain.Role;
import org.anju.identity.infrastructure.IdentityStore;

/** Answers {@link RoleDirectory} from the organization's roles. */
@ApplicationScoped
@Transactional
public class RoleDirectoryService implements RoleDirectory {

    @Inject
    IdentityStore store;

    @Override
    public Map<String, String> roles() {
        Map<String, String> out = new LinkedHashMap<>();
        for (Role r : store.roles()) {
            out.put(r.code(), r.name());
        }
        return out;
    }
}
