package org.anju.housing.api;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * 房态 (R6.1c): 待分配 pending allocation, 已入住 occupied, 维修中 under repair, 空置 vacant, and the one state machine
 * every change goes through. Vacant stock is allocated (pending) before anyone moves in; an occupied unit is vacated
 * or taken into repair; a repaired unit goes back to vacancy, to an allocation, or to its household.
 */
public enum UnitStatus {
    PENDING_ALLOCATION, OCCUPIED, UNDER_REPAIR, VACANT;

    private static final Map<UnitStatus, Set<UnitStatus>> NEXT = new EnumMap<>(UnitStatus.class);

    static {
        NEXT.put(PENDING_ALLOCATION, Collections.unmodifiableSet(EnumSet.of(OCCUPIED, UNDER_REPAIR, VACANT)));
        NEXT.put(OCCUPIED, Collections.unmodifiableSet(EnumSet.of(UNDER_REPAIR, VACANT)));
        NEXT.put(UNDER_REPAIR, Collections.unmodifiableSet(EnumSet.of(PENDING_ALLOCATION, OCCUPIED, VACANT)));
        NEXT.put(VACANT, Collections.unmodifiableSet(EnumSet.of(PENDING_ALLOCATION, UNDER_REPAIR)));
    }

    /** The statuses this one may change to. */
    public Set<UnitStatus> allowedNext() {
        return NEXT.get(this);
    }

    public boolean canMoveTo(UnitStatus next) {
        return allowedNext().contains(next);
    }

    /** The Chinese name shown to staff and written in spreadsheets. */
    public String chinese() {
        return switch (this) {
            case PENDING_ALLOCATION -> "待分配";
            case OCCUPIED -> "已入住";
            case UNDER_REPAIR -> "维修中";
            case VACANT -> "空置";
        };
    }

    /** Parses the Chinese name or the code; null when it is neither. */
    public static UnitStatus parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.trim();
        for (UnitStatus s : values()) {
            if (s.chinese().equals(t) || s.name().equalsIgnoreCase(t)) {
                return s;
            }
        }
        return null;
    }
}
