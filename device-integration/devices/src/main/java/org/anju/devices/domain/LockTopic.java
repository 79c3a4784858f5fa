package org.anju.devices.domain;

import java.util.Optional;

import org.anju.tenancy.api.TenantId;

/**
 * A lock topic {@code anju/<org>/lock/<deviceId>/<channel>} (protocol 1.2) taken apart. The organization comes from the
 * topic and is then checked against the registry: the topic alone never chooses a tenant.
 */
public record LockTopic(String organizationCode, String deviceId, String channel) {

    public static final String PREFIX = "anju";

    /** Null-safe parse; empty for anything that is not a lock topic with a valid organization code and device id. */
    public static Optional<LockTopic> parse(String topic) {
        if (topic == null) {
            return Optional.empty();
        }
        String[] p = topic.split("/", -1);
        if (p.length != 5 || !PREFIX.equals(p[0]) || !"lock".equals(p[2])) {
            return Optional.empty();
        }
        if (!TenantId.isValidOrganizationCode(p[1]) || !LockMessages.validId(p[3])) {
            return Optional.empty();
        }
        if (!p[4].equals("event") && !p[4].equals("ack") && !p[4].equals("cmd")) {
            return Optional.empty();
        }
        return Optional.of(new LockTopic(p[1], p[3], p[4]));
    }

    public static String of(String organizationCode, String deviceId, String channel) {
        return PREFIX + "/" + organizationCode + "/lock/" + deviceId + "/" + channel;
    }

    public String toString() {
        return of(organizationCode, deviceId, channel);
    }
}
