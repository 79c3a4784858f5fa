package org.anju.devices.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the unit a meter NodeId names among the units of one project (ADR 0019). Gateways name buildings the way
 * their installers did ({@code 1}, {@code 1#}, {@code 1栋}) while housing data says {@code 1号楼}: a building matches
 * exactly, else by its short name (half-width, lower case, without a trailing 号楼 / 号 / 栋 / 幢 / 座 / 楼 / #).
 * A short name two buildings share is ambiguous and matches nothing, so a meter is never put on a guessed unit.
 * Rooms match exactly (after trimming and half-width).
 */
public final class MeterUnitMatcher {

    private static final String[] SUFFIXES = {"号楼", "号", "栋", "幢", "座", "楼", "#"};

    /** A unit to match against. */
    public record Candidate(long unitId, String buildingName, String roomNumber) {
    }

    /** The outcome for one NodeId: a unit, or why there is none. */
    public record Match(Long unitId, String reason) {
        static Match of(long unitId) {
            return new Match(unitId, null);
        }

        static Match none(String reason) {
            return new Match(null, reason);
        }

        public boolean matched() {
            return unitId != null;
        }
    }

    private final Map<String, String> buildingByExact = new HashMap<>();
    private final Map<String, String> buildingByShort = new HashMap<>();
    private final Set<String> ambiguousShort = new HashSet<>();
    private final Map<String, Map<String, Long>> rooms = new HashMap<>();

    public MeterUnitMatcher(List<Candidate> units) {
        Set<String> buildings = new HashSet<>();
        for (Candidate c : units) {
            buildings.add(c.buildingName());
            rooms.computeIfAbsent(c.buildingName(), b -> new HashMap<>()).put(clean(c.roomNumber()), c.unitId());
        }
        for (String b : buildings) {
            buildingByExact.put(clean(b), b);
            String s = shortName(b);
            if (buildingByShort.containsKey(s) && !buildingByShort.get(s).equals(b)) {
                ambiguousShort.add(s);
            }
            buildingByShort.put(s, b);
        }
    }

    /** Half-width, trimmed, lower case: how two spellings of the same name are compared. */
    static String clean(String s) {
        return Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC).trim().toLowerCase(Locale.ROOT);
    }

    /** {@code 1号楼} → {@code 1}, {@code A座} → {@code a}, {@code 3#} → {@code 3}; otherwise the cleaned name. */
    public static String shortName(String building) {
        return stripped(building).toLowerCase(Locale.ROOT);
    }

    /** Half-width and trimmed, without the trailing building word; case kept (NodeIds by convention use it). */
    static String stripped(String building) {
        String s = Normalizer.normalize(building == null ? "" : building, Normalizer.Form.NFKC).trim();
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (String suffix : SUFFIXES) {
                if (s.endsWith(suffix)) {
                    String rest = s.substring(0, s.length() - suffix.length()).trim();
                    // keep a name that would be left without any letter or digit (号楼 stays 号楼)
                    if (rest.chars().anyMatch(ch -> Character.isDigit(ch) || (ch < 128 && Character.isLetter(ch)))) {
                        s = rest;
                        stripped = true;
                    }
                }
            }
        }
        return s;
    }

    /** The unit a building and room as a gateway names them belong to. */
    public Match match(String building, String room) {
        String b = buildingByExact.get(clean(building));
        if (b == null) {
            String s = shortName(building);
            if (ambiguousShort.contains(s)) {
                return Match.none("ambiguous-building");
            }
            b = buildingByShort.get(s);
        }
        if (b == null) {
            return Match.none("unknown-building");
        }
        Long unit = rooms.getOrDefault(b, Map.of()).get(clean(room));
        return unit == null ? Match.none("unknown-room") : Match.of(unit);
    }

    /** The NodeIds a unit has by convention: {@code <prefix>.<building short name>.<room>.<kind>}. */
    public static List<OpcUaNodeName> conventionalNames(String prefix, Candidate unit) {
        List<OpcUaNodeName> names = new ArrayList<>();
        for (org.anju.devices.api.MeterKind k : org.anju.devices.api.MeterKind.values()) {
            names.add(new OpcUaNodeName(prefix, stripped(unit.buildingName()),
                    Normalizer.normalize(unit.roomNumber(), Normalizer.Form.NFKC).trim(), k));
        }
        return names;
    }
}
