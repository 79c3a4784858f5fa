package org.anju.simulator.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays out the units of one building when no devices file is given: rooms 101, 102, … with {@code perFloor} rooms a
 * floor, and the special profiles on fixed positions so that every demo with five or more units shows each of them.
 */
public final class UnitLayout {

    /** Position → profile for the first units; the rest are ordinary households. */
    private static final Profile[] LEADING = {Profile.RESIDENT, Profile.VACANT, Profile.SUBLET, Profile.ELDERLY,
        Profile.RESIDENT};
    /** The unit whose meters jump (a resident household, so the jump stands out against normal use). */
    static final int JUMP_POSITION = 4;

    private UnitLayout() {
    }

    public static String defaultDeviceId(String project, String building, String room) {
        return "LK-" + project + "-" + building + "-" + room;
    }

    /** The documented demo secret of a device when none is configured. */
    public static String defaultSecret(String deviceId) {
        return "secret-" + deviceId;
    }

    public static String roomNumber(int position, int perFloor) {
        int floor = position / perFloor + 1;
        int onFloor = position % perFloor + 1;
        return String.valueOf(floor * 100 + onFloor);
    }

    public static Profile defaultProfile(int position) {
        return position < LEADING.length ? LEADING[position] : Profile.RESIDENT;
    }

    public static MeterAnomaly defaultAnomaly(int position) {
        return position == JUMP_POSITION ? MeterAnomaly.JUMP : MeterAnomaly.NONE;
    }

    /**
     * Battery at the start: most locks between 55 and 100; with six units or more the last one starts just above
     * the low-battery threshold so that LOW_BATTERY shows up in the first simulated day.
     */
    public static double defaultBattery(long seed, int position, int count) {
        if (count >= 6 && position == count - 1) {
            return 20.2;
        }
        return 55 + Math.floor(Seeds.uniform(seed, Seeds.of("battery"), position) * 45);
    }

    public static List<UnitSpec> generate(String project, String building, int count, int perFloor, long seed) {
        if (count < 1 || count > 2000) {
            throw new IllegalArgumentException("units must be 1..2000");
        }
        if (perFloor < 1 || perFloor > 99) {
            throw new IllegalArgumentException("units per floor must be 1..99");
        }
        List<UnitSpec> units = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String room = roomNumber(i, perFloor);
            String deviceId = defaultDeviceId(project, building, room);
            units.add(new UnitSpec(i, project, building, room, deviceId, defaultSecret(deviceId), defaultProfile(i),
                    defaultAnomaly(i), false, defaultBattery(seed, i, count)));
        }
        return units;
    }
}
