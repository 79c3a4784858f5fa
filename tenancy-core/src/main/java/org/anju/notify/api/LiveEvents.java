package org.anju.notify.api;

import java.util.Collection;

/**
 * Pushes small events to the browsers of signed-in users of the current organization (server-sent events on
 * {@code GET /api/v1/live}): a new notice, an alert appearing in the console. Sent after the current transaction
 * commits (nothing is pushed for a change that rolled back), at once outside a transaction. Best effort: a browser
 * that is not connected reads the state on its next load; what matters is kept in the database, never only here.
 */
public interface LiveEvents {

    /** {@code event} names the kind ({@code notice}, {@code alert}); {@code json} is its data. */
    void toUsers(Collection<Long> userIds, String event, String json);

    /**
     * To the connected users of the current organization whose roles grant {@code permission} (exactly, by its
     * {@code area:*} wildcard, or {@code *}): e.g. every open alert center hears of a new alert.
     */
    void toPermission(String permission, String event, String json);
}
