package org.anju.identity.infrastructure;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.anju.identity.domain.Role;
import org.anju.identity.domain.StaffUser;
import org.anju.kernel.api.Like;
import org.anju.kernel.api.Page;
import org.anju.kernel.api.PageRequest;
import org.anju.security.api.AccountStatus;

/** Users and roles of the organization in scope (Hibernate picks the schema from the tenant context). */
@ApplicationScoped
public class IdentityStore {

    @PersistenceContext(unitName = "anju")
    EntityManager em;

    public EntityManager em() {
        return em;
    }

    public Optional<StaffUser> user(long id) {
        return Optional.ofNullable(em.find(StaffUser.class, id));
    }

    public StaffUser userForUpdate(long id) {
        return em.find(StaffUser.class, id, LockModeType.PESSIMISTIC_WRITE);
    }

    public Optional<StaffUser> userByUsername(String username) {
        return em.createQuery("SELECT u FROM StaffUser u WHERE LOWER(u.username) = :u", StaffUser.class)
                .setParameter("u", username.toLowerCase(Locale.ROOT)).getResultStream().findFirst();
    }

    public Page<StaffUser> users(String text, AccountStatus status, String roleCode, PageRequest page) {
        List<String> where = new ArrayList<>();
        if (text != null && !text.isBlank()) {
            where.add("(LOWER(u.username) LIKE :text ESCAPE '!' OR LOWER(u.displayName) LIKE :text ESCAPE '!' OR LOWER(u.email) LIKE :text ESCAPE '!')");
        }
        if (status != null) {
            where.add("u.status = :status");
        }
        if (roleCode != null && !roleCode.isBlank()) {
            where.add("EXISTS (SELECT 1 FROM StaffUser u2 JOIN u2.roles r WHERE u2 = u AND r.code = :role)");
        }
        String filter = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        TypedQuery<StaffUser> q = em.createQuery("SELECT u FROM StaffUser u" + filter + " ORDER BY u.createdAt DESC, u.id DESC",
                StaffUser.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(u) FROM StaffUser u" + filter, Long.class);
        for (TypedQuery<?> tq : List.of(q, count)) {
            if (text != null && !text.isBlank()) {
                tq.setParameter("text", Like.contains(text));
            }
            if (status != null) {
                tq.setParameter("status", status);
            }
            if (roleCode != null && !roleCode.isBlank()) {
                tq.setParameter("role", roleCode);
            }
        }
        return new Page<>(q.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(),
                count.getSingleResult(), page.page(), page.size());
    }

    public long activeUsersWithRole(String roleCode) {
        return em.createQuery("SELECT COUNT(DISTINCT u) FROM StaffUser u JOIN u.roles r WHERE r.code = :role "
                        + "AND u.status = :active", Long.class)
                .setParameter("role", roleCode).setParameter("active", AccountStatus.ACTIVE).getSingleResult();
    }

    public void add(StaffUser user) {
        em.persist(user);
    }

    public List<Role> roles() {
        return em.createQuery("SELECT r FROM Role r ORDER BY r.builtin DESC, r.code", Role.class).getResultList();
    }

    public Optional<Role> role(long id) {
        return Optional.ofNullable(em.find(Role.class, id));
    }

    public Optional<Role> roleByCode(String code) {
        return em.createQuery("SELECT r FROM Role r WHERE r.code = :c", Role.class).setParameter("c", code)
                .getResultStream().findFirst();
    }

    public List<Role> rolesByCode(Collection<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT r FROM Role r WHERE r.code IN :codes", Role.class)
                .setParameter("codes", codes).getResultList();
    }

    public long usersWithRole(long roleId) {
        return em.createQuery("SELECT COUNT(u) FROM StaffUser u JOIN u.roles r WHERE r.id = :id", Long.class)
                .setParameter("id", roleId).getSingleResult();
    }

    public void add(Role role) {
        em.persist(role);
    }

    public void remove(Role role) {
        em.remove(role);
    }
}
