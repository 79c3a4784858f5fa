package org.anju.privacy.application;

import java.time.Instant;
import java.util.Collection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.anju.privacy.api.PiiAccessLog;
import org.anju.tenancy.api.TenantContext;

/** Writes {@code pii_access_log} of the current organization, in a transaction of its own. */
@ApplicationScoped
public class JpaPiiAccessLog implements PiiAccessLog {

    @PersistenceContext(unitName = "anju")
    EntityManager em;

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(String subjectType, long subjectId, String subjectLabel, Collection<String> fields, String purpose) {
        em.createNativeQuery("INSERT INTO pii_access_log (id, at, actor, subject_type, subject_id, subject_label, fields, purpose) "
                        + "VALUES (nextval('pii_access_log_seq'), ?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                .setParameter(1, java.sql.Timestamp.from(Instant.now())).setParameter(2, TenantContext.actor())
                .setParameter(3, subjectType).setParameter(4, subjectId).setParameter(5, subjectLabel)
                .setParameter(6, String.join(",", fields)).setParameter(7, purpose.length() > 500 ? purpose.substring(0, 500) : purpose)
                .executeUpdate();
    }
}
