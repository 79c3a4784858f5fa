package org.anju.tenancy.infrastructure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.anju.kernel.api.Like;
import org.anju.kernel.api.Page;
import org.anju.kernel.api.PageRequest;
import org.anju.tenancy.api.OrganizationKind;
import org.anju.tenancy.api.OrganizationStatus;
import org.anju.tenancy.api.TenantContext;
import org.anju.tenancy.api.TenantId;
import org.anju.tenancy.domain.Organization;
import org.anju.tenancy.domain.OrganizationRepository;
import org.anju.tenancy.domain.TenantSchemaState;

/** The registry through JPA, in the {@code platform} tenant (checked on every call: registry code fails closed too). */
@ApplicationScoped
public class JpaOrganizationRepository implements OrganizationRepository {

    @PersistenceContext(unitName = "anju")
    EntityManager em;

    @Override
    public Optional<Organization> findByCode(String code) {
        requirePlatform();
        return em.createQuery("SELECT o FROM Organization o WHERE o.code = :code", Organization.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    @Override
    public Optional<Organization> findByCustomDomain(String domain) {
        requirePlatform();
        return em.createQuery("SELECT o FROM Organization o WHERE o.customDomain = :d", Organization.class)
                .setParameter("d", domain).getResultStream().findFirst();
    }

    @Override
    public List<Organization> findAll() {
        requirePlatform();
        return em.createQuery("SELECT o FROM Organization o ORDER BY o.code", Organization.class).getResultList();
    }

    @Override
    public Page<Organization> search(String text, OrganizationKind kind, OrganizationStatus status, PageRequest page) {
        requirePlatform();
        List<String> where = new ArrayList<>();
        if (text != null && !text.isBlank()) {
            where.add("(LOWER(o.code) LIKE :text ESCAPE '!' OR LOWER(o.name) LIKE :text ESCAPE '!' OR LOWER(o.branding.displayName) LIKE :text ESCAPE '!')");
        }
        if (kind != null) {
            where.add("o.kind = :kind");
        }
        if (status != null) {
            where.add("o.status = :status");
        }
        String filter = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        TypedQuery<Organization> q = em.createQuery("SELECT o FROM Organization o" + filter + " ORDER BY o.createdAt DESC, o.code",
                Organization.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(o) FROM Organization o" + filter, Long.class);
        for (TypedQuery<?> tq : List.of(q, count)) {
            if (text != null && !text.isBlank()) {
                tq.setParameter("text", Like.contains(text));
            }
            if (kind != null) {
                tq.setParameter("kind", kind);
            }
            if (status != null) {
                tq.setParameter("status", status);
            }
        }
        List<Organization> items = q.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return new Page<>(items, count.getSingleResult(), page.page(), page.size());
    }

    @Override
    public Organization add(Organization organization) {
        requirePlatform();
        em.persist(organization);
        return organization;
    }

    @Override
    public void remove(Organization organization) {
        requirePlatform();
        em.remove(em.contains(organization) ? organization : em.merge(organization));
    }

    @Override
    public Optional<TenantSchemaState> schemaState(String schemaName) {
        requirePlatform();
        return Optional.ofNullable(em.find(TenantSchemaState.class, schemaName));
    }

    @Override
    public List<TenantSchemaState> schemaStates() {
        requirePlatform();
        return em.createQuery("SELECT s FROM TenantSchemaState s", TenantSchemaState.class).getResultList();
    }

    private static void requirePlatform() {
        if (!TenantContext.require().isPlatform()) {
            throw new IllegalStateException("The registry is only read in the platform tenant");
        }
    }


}
