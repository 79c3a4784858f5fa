package org.anju.leasing.application;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Test helpers: ids that the database would give, a store that keeps what it is given. */
final class Fixtures {

    private Fixtures() {
    }

    /** Gives a new entity the id the database would have given it. */
    static <T> T withId(T entity, long id) {
        try {
            Field f = entity.getClass().getDeclaredField("id");
            f.setAccessible(true);
            f.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    static final Instant T0 = Instant.parse("2026-08-20T02:00:00Z");

    /** Keeps what is added instead of persisting it. */
    static class RecordingStore extends org.anju.leasing.infrastructure.LeasingStore {
        final List<Object> added = new ArrayList<>();

        @Override
        public <T> T add(T entity) {
            added.add(entity);
            return entity;
        }
    }
}
