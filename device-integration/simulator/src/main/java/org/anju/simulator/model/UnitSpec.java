package org.anju.simulator.model;

import java.util.Objects;

/**
 * One simulated unit (房间) with its lock and meters.
 *
 * @param index          position in the layout; a coordinate of every random stream of the unit
 * @param project        project code, first segment of the OPC UA NodeIds
 * @param building       building name or number
 * @param room           room number
 * @param deviceId       the lock's serial: MQTT username and topic segment
 * @param secret         the lock's MQTT password
 * @param profile        how the people behave
 * @param meterAnomaly   a meter fault to show, if any
 * @param silent         a lock that never acknowledges commands (to test the platform's time-outs)
 * @param initialBattery battery level at the start, 0..100
 */
public record UnitSpec(int index, String project, String building, String room, String deviceId, String secret,
                       Profile profile, MeterAnomaly meterAnomaly, boolean silent, double initialBattery) {

    public UnitSpec {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(building, "building");
        Objects.requireNonNull(room, "room");
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(meterAnomaly, "meterAnomaly");
        requireSegment("project", project);
        requireSegment("building", building);
        requireSegment("room", room);
        requireSegment("deviceId", deviceId);
        if (project.contains(".") || building.contains(".") || room.contains(".")) {
            // the OPC UA NodeId joins them with dots; a dot inside would make the id ambiguous
            throw new IllegalArgumentException("project, building and room must not contain '.'");
        }
        if (initialBattery < 0 || initialBattery > 100) {
            throw new IllegalArgumentException("initialBattery must be 0..100");
        }
    }

    /** {@code <project>.<building>.<room>}: the prefix of this unit's OPC UA NodeIds. */
    public String meterKey() {
        return project + "." + building + "." + room;
    }

    /** Wildcards and separators would break MQTT topics, so ids are restricted to a safe alphabet. */
    private static void requireSegment(String what, String value) {
        if (value.isBlank() || !value.matches("[A-Za-z0-9_\\-.:]{1,64}")) {
            throw new IllegalArgumentException(what + " must be 1..64 of [A-Za-z0-9_-.:], was '" + value + "'");
        }
    }
}
