package org.anju.notify.api;

/** In-app notices of the current organization. */
public interface Notices {

    /**
     * Sends a notice to one user; with a {@code dedupKey}, sending the same notice twice keeps one (scheduled jobs may
     * run again). Joins the caller's transaction.
     */
    void send(long userId, String category, String title, String body, String link, String dedupKey);

    /** Sends to every active user holding a role of the current organization. */
    void sendToRole(String roleCode, String category, String title, String body, String link, String dedupKey);
}
