package org.anju.tenancy.api;

import java.util.Optional;

/**
 * The tenant of the current thread. One plain {@link ThreadLocal} (never inheritable, so pooled and managed
 * threads start empty), written only through {@link TenantScope}, which restores the previous value in
 * {@code finally}. Readers: Hibernate's tenant resolver, the Envers revision listener, services.
 */
public final class TenantContext {

    /** What is bound to a thread: the tenant and who acts (a username, or {@code system:<job>}). */
    public record Frame(TenantId tenant, String actor) {
    }

    private static final ThreadLocal<Frame> CURRENT = new ThreadLocal<>();

    private TenantContext() {
    }

    public static Optional<TenantId> current() {
        Frame frame = CURRENT.get();
        return frame == null ? Optional.empty() : Optional.of(frame.tenant());
    }

    /** The current tenant, or {@link NoTenantException}: the fail-closed accessor every data path uses. */
    public static TenantId require() {
        Frame frame = CURRENT.get();
        if (frame == null) {
            throw new NoTenantException("No tenant bound to this thread: enter one with TenantScope.run(tenant, work)");
        }
        return frame.tenant();
    }

    /** Who acts in the current scope, for audit records; {@code system} outside any scope. */
    public static String actor() {
        Frame frame = CURRENT.get();
        return frame == null || frame.actor() == null ? "system" : frame.actor();
    }

    static Frame frame() {
        return CURRENT.get();
    }

    static void set(Frame frame) {
        if (frame == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(frame);
        }
    }
}
