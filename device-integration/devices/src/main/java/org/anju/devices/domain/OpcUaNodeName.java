package org.anju.devices.domain;

import java.util.Optional;

import org.anju.devices.api.MeterKind;

/**
 * A meter NodeId by the protocol's convention (devices protocol 2.2): {@code <prefix>.<building>.<room>.<kind>} with
 * kind {@code water}, {@code electricity} or {@code online} and no dot inside a segment.
 */
public record OpcUaNodeName(String prefix, String building, String room, MeterKind kind) {

    /** The string identifier of this node. */
    public String identifier() {
        return prefix + "." + building + "." + room + "." + kind.suffix();
    }

    /** Parses an identifier under {@code prefix}; empty when it is not a meter node of that prefix. */
    public static Optional<OpcUaNodeName> parse(String prefix, String identifier) {
        if (identifier == null || prefix == null || prefix.isEmpty()) {
            return Optional.empty();
        }
        String[] parts = identifier.split("\\.", -1);
        if (parts.length != 4 || !parts[0].equals(prefix)) {
            return Optional.empty();
        }
        for (String p : parts) {
            if (p.isBlank()) {
                return Optional.empty();
            }
        }
        MeterKind kind = switch (parts[3]) {
            case "water" -> MeterKind.WATER;
            case "electricity" -> MeterKind.ELECTRICITY;
            case "online" -> MeterKind.ONLINE;
            default -> null;
        };
        return kind == null ? Optional.empty() : Optional.of(new OpcUaNodeName(parts[0], parts[1], parts[2], kind));
    }
}
