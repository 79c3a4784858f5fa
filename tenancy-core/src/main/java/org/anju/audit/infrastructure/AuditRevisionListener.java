package org.anju.audit.infrastructure;

import org.anju.audit.api.AuditReason;
import org.anju.tenancy.api.TenantContext;
import org.hibernate.envers.RevisionListener;

/** Stamps each revision with the actor of the current {@code TenantScope} and the current {@link AuditReason}. */
public class AuditRevisionListener implements RevisionListener {

    @Override
    public void newRevision(Object revisionEntity) {
        AuditRevision revision = (AuditRevision) revisionEntity;
        revision.setActor(truncate(TenantContext.actor(), 100));
        revision.setReason(truncate(AuditReason.current(), 500));
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
