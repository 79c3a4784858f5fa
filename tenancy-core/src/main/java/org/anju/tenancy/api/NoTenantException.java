package org.anju.tenancy.api;

/**
 * Thrown when code touches tenant data without a tenant in {@link TenantContext}. Fail closed (P1):
 * there is no default schema to fall back to.
 */
public class NoTenantException extends IllegalStateException {
    public NoTenantException(String message) {
        super(message);
    }
}
