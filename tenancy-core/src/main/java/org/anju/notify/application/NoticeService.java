package org.anju.notify.application;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.anju.notify.api.LiveEvents;
import org.anju.notify.api.Notices;

/** In-app notices in {@code notice} of the current organization. */
@ApplicationScoped
@Transactional
public class NoticeService implements Notices {

    @PersistenceContext(unitName = "anju")
    EntityManager em;

    @Inject
    LiveEvents live;

    @Override
    public void send(long userId, String category, String title, String body, String link, String dedupKey) {
        int added = em.createNativeQuery("INSERT INTO notice (id, user_id, category, title, body, link, dedup_key, created_at) "
                        + "VALUES (nextval('notice_seq'), ?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT DO NOTHING")
                .setParameter(1, userId).setParameter(2, category).setParameter(3, cut(title, 200))
                .setParameter(4, cut(body, 2000)).setParameter(5, link).setParameter(6, dedupKey)
                .setParameter(7, Timestamp.from(Instant.now())).executeUpdate();
        if (added == 1) {
            live.toUsers(List.of(userId), "notice", event(category, title, link));
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public void sendToRole(String roleCode, String category, String title, String body, String link, String dedupKey) {
        List<Object> users = em.createNativeQuery("INSERT INTO notice (id, user_id, category, title, body, link, dedup_key, created_at) "
                        + "SELECT nextval('notice_seq'), u.id, ?2, ?3, ?4, ?5, ?6, ?7 FROM app_user u "
                        + "JOIN app_user_role ur ON ur.user_id = u.id JOIN app_role r ON r.id = ur.role_id "
                        + "WHERE r.code = ?1 AND u.status = 'ACTIVE' ON CONFLICT DO NOTHING RETURNING user_id")
                .setParameter(1, roleCode).setParameter(2, category).setParameter(3, cut(title, 200))
                .setParameter(4, cut(body, 2000)).setParameter(5, link).setParameter(6, dedupKey)
                .setParameter(7, Timestamp.from(Instant.now())).getResultList();
        live.toUsers(users.stream().map(u -> ((Number) u).longValue()).toList(), "notice", event(category, title, link));
    }

    /** What the bell needs to show a new notice at once; the list is read again from {@code /notices}. */
    static String event(String category, String title, String link) {
        jakarta.json.JsonObjectBuilder b = jakarta.json.Json.createObjectBuilder().add("category", category)
                .add("title", cut(title, 200));
        if (link != null) {
            b.add("link", link);
        }
        return b.build().toString();
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
