package org.anju.privacy.application;

import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.anju.privacy.api.PiiResealer;
import org.anju.privacy.infrastructure.TenantKeyStore;
import org.anju.tenancy.api.TenantContext;

/** Rotates the current organization's data key and re-seals every sealed value with the new version. */
@ApplicationScoped
public class KeyRotation {

    private static final Logger LOG = Logger.getLogger(KeyRotation.class.getName());

    /** The new version and how many values were re-sealed. */
    public record Result(int version, int resealed) {
    }

    @Inject
    TenantKeyStore keys;

    @Inject
    Instance<PiiResealer> resealers;

    public Result rotate() {
        int version = keys.rotate();
        int resealed = 0;
        for (PiiResealer r : resealers) {
            resealed += r.reseal(version);
        }
        LOG.info("Rotated the data key of " + TenantContext.require() + " to version " + version + ", re-sealed " + resealed);
        return new Result(version, resealed);
    }
}
