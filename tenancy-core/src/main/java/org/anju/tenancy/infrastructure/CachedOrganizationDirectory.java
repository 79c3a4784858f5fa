package org.anju.tenancy.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.anju.tenancy.api.BrandingView;
import org.anju.tenancy.api.DivisionCode;
import org.anju.tenancy.api.MigrationStatus;
import org.anju.tenancy.api.OrganizationDirectory;
import org.anju.tenancy.api.OrganizationKind;
import org.anju.tenancy.api.OrganizationRef;
import org.anju.tenancy.api.OrganizationStatus;
import org.anju.tenancy.api.TenantId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The registry held in memory: one immutable snapshot, replaced on every registry change made here and at least
 * every {@code anju.directory.ttl} (for changes made by other servers). Loaded on an unpooled connection outside
 * any transaction, so that any code in any tenant's transaction can route and brand without switching tenants.
 */
@ApplicationScoped
public class CachedOrganizationDirectory implements OrganizationDirectory {

    private record Snapshot(Map<String, OrganizationRef> byCode, Map<String, OrganizationRef> byDomain, Instant loadedAt) {
    }

    @Inject
    DatabaseSettings settings;

    @Inject
    @ConfigProperty(name = "anju.directory.ttl", defaultValue = "PT30S")
    Duration ttl;

    @Inject
    @ConfigProperty(name = "ANJU_BASE_DOMAIN", defaultValue = "localhost")
    String baseDomain;

    private volatile Snapshot snapshot;

    @Override
    public Optional<OrganizationRef> byCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(current().byCode().get(code.toLowerCase(Locale.ROOT)));
    }

    @Override
    public Optional<OrganizationRef> byHost(String host) {
        if (host == null || host.isBlank()) {
            return Optional.empty();
        }
        String h = host.trim().toLowerCase(Locale.ROOT);
        int colon = h.lastIndexOf(':');
        if (colon > 0 && h.indexOf(']') < colon) {
            h = h.substring(0, colon);
        }
        OrganizationRef custom = current().byDomain().get(h);
        if (custom != null) {
            return Optional.of(custom);
        }
        String suffix = "." + baseDomain.toLowerCase(Locale.ROOT);
        if (h.endsWith(suffix)) {
            String label = h.substring(0, h.length() - suffix.length());
            if (!label.contains(".")) {
                return byCode(label);
            }
        }
        return Optional.empty();
    }

    @Override
    public List<OrganizationRef> operatorsSupervisedBy(String authorityCode) {
        OrganizationRef authority = byCode(authorityCode).orElse(null);
        if (authority == null || authority.kind() != OrganizationKind.AUTHORITY) {
            return List.of();
        }
        return current().byCode().values().stream()
                .filter(o -> o.kind() == OrganizationKind.OPERATOR)
                .filter(o -> DivisionCode.coversAny(authority.divisionCodes(), o.divisionCodes()))
                .sorted((a, b) -> a.code().compareTo(b.code()))
                .toList();
    }

    @Override
    public List<OrganizationRef> availableOperators() {
        return current().byCode().values().stream()
                .filter(o -> o.kind() == OrganizationKind.OPERATOR && o.available() && !o.suspended())
                .sorted((a, b) -> a.code().compareTo(b.code()))
                .toList();
    }

    /*
     * Synchronized with the TTL reload in current(): otherwise a reload that started reading the registry before a
     * provisioning committed could finish after this refresh and put the older snapshot back for a whole TTL (seen as
     * a freshly provisioned organization unknown by host name).
     */
    @Override
    public synchronized void refresh() {
        snapshot = load();
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        if (s == null || s.loadedAt().plus(ttl).isBefore(Instant.now())) {
            synchronized (this) {
                s = snapshot;
                if (s == null || s.loadedAt().plus(ttl).isBefore(Instant.now())) {
                    s = load();
                    snapshot = s;
                }
            }
        }
        return s;
    }

    private Snapshot load() {
        Map<String, OrganizationRef> byCode = new HashMap<>();
        Map<String, OrganizationRef> byDomain = new HashMap<>();
        try (Connection c = settings.open();
             PreparedStatement ps = c.prepareStatement("""
                     SELECT o.code, o.kind, o.name, o.status, o.status_reason, o.schema_name, o.display_name,
                            o.primary_color, o.logo_url, o.custom_domain, s.status, s.error,
                            (SELECT string_agg(d.division_code, ',') FROM platform.organization_division d
                              WHERE d.organization_id = o.id)
                     FROM platform.organization o
                     LEFT JOIN platform.tenant_schema s ON s.schema_name = o.schema_name""");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Set<String> divisions = new TreeSet<>();
                if (rs.getString(13) != null) {
                    divisions.addAll(Arrays.asList(rs.getString(13).split(",")));
                }
                String name = rs.getString(3);
                OrganizationRef ref = new OrganizationRef(
                        rs.getString(1),
                        OrganizationKind.valueOf(rs.getString(2)),
                        name,
                        OrganizationStatus.valueOf(rs.getString(4)),
                        rs.getString(5),
                        new TenantId(rs.getString(6)),
                        Set.copyOf(divisions),
                        new BrandingView(rs.getString(7) == null ? name : rs.getString(7), rs.getString(8), rs.getString(9)),
                        rs.getString(10),
                        rs.getString(11) == null ? MigrationStatus.PENDING : MigrationStatus.valueOf(rs.getString(11)),
                        rs.getString(12));
                byCode.put(ref.code(), ref);
                if (ref.customDomain() != null) {
                    byDomain.put(ref.customDomain().toLowerCase(Locale.ROOT), ref);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the organization registry: " + e.getMessage(), e);
        }
        return new Snapshot(Map.copyOf(byCode), Map.copyOf(byDomain), Instant.now());
    }
}
