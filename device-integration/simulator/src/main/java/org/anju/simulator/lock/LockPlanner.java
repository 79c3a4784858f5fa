package org.anju.simulator.lock;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

import org.anju.simulator.model.Profile;
import org.anju.simulator.model.Seeds;
import org.anju.simulator.model.SimClock;
import org.anju.simulator.model.UnitSpec;

/**
 * Plans one simulated day of a lock from the seed, the unit and the date alone: the same seed gives the same openings
 * at the same local times on every run, whatever the speed.
 */
final class LockPlanner {

    /** Guest cards handed out in a sublet unit; more distinct credentials than any household would use. */
    static final int SUBLET_CARDS = 8;

    private final UnitSpec unit;
    private final long seed;
    private final int persons;
    private final Instant elderlyStopsAt;
    private final double tamperRatePerDay;
    private final double outageRatePerDay;

    LockPlanner(UnitSpec unit, long seed, int persons, Instant elderlyStopsAt, double tamperRatePerDay,
                double outageRatePerDay) {
        this.unit = unit;
        this.seed = seed;
        this.persons = persons;
        this.elderlyStopsAt = elderlyStopsAt;
        this.tamperRatePerDay = tamperRatePerDay;
        this.outageRatePerDay = outageRatePerDay;
    }

    /** The credentials an installer enrolled before the platform took over, per household member. */
    static List<List<Credential>> enrolled(UnitSpec unit, long seed, int persons) {
        List<List<Credential>> byPerson = new ArrayList<>();
        switch (unit.profile()) {
            case RESIDENT -> {
                for (int p = 0; p < persons; p++) {
                    double u = Seeds.uniform(seed, Seeds.of("credType"), unit.index(), p);
                    CredentialType t = u < 0.4 ? CredentialType.FACE
                            : u < 0.75 ? CredentialType.FINGERPRINT : CredentialType.PIN;
                    byPerson.add(List.of(local(t, p + 1)));
                }
            }
            case ELDERLY -> byPerson.add(List.of(local(CredentialType.FINGERPRINT, 1), local(CredentialType.CARD, 1)));
            case SUBLET -> {
                // the tenant of record's PIN; the guest cards are enrolled too but belong to nobody in particular
                byPerson.add(List.of(local(CredentialType.PIN, 1)));
            }
            case VACANT -> byPerson.add(List.of(local(CredentialType.PIN, 1))); // the manager's code, never used
        }
        return byPerson;
    }

    static List<Credential> subletCards() {
        List<Credential> cards = new ArrayList<>();
        for (int i = 1; i <= SUBLET_CARDS; i++) {
            cards.add(local(CredentialType.CARD, i));
        }
        return cards;
    }

    static Credential local(CredentialType type, int n) {
        String code = switch (type) {
            case FINGERPRINT -> "FP";
            default -> type.name();
        };
        return new Credential("L-" + code + "-" + n, type, null, null, Credential.Source.LOCAL);
    }

    List<PlannedAction> plan(LocalDate date) {
        SplittableRandom r = Seeds.random(seed, Seeds.of("plan"), unit.index(), date.toEpochDay());
        List<PlannedAction> actions = new ArrayList<>();
        boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
        switch (unit.profile()) {
            case RESIDENT -> planResidents(date, r, weekend, actions);
            case ELDERLY -> planElderly(date, r, actions);
            case SUBLET -> planSublet(date, r, actions);
            case VACANT -> {
                // nobody: the lock only sends heartbeats
            }
        }
        double tamper = unit.profile() == Profile.SUBLET ? tamperRatePerDay * 4 : tamperRatePerDay;
        if (r.nextDouble() < tamper) {
            actions.add(PlannedAction.tamper(at(date, r.nextDouble() * 24)));
        }
        if (r.nextDouble() < outageRatePerDay) {
            actions.add(PlannedAction.outage(at(date, r.nextDouble() * 23),
                    Duration.ofMinutes(10 + r.nextInt(50))));
        }
        Collections.sort(actions);
        return actions;
    }

    private void planResidents(LocalDate date, SplittableRandom r, boolean weekend, List<PlannedAction> out) {
        for (int p = 0; p < persons; p++) {
            if (weekend) {
                for (int k = 0; k < 2; k++) {
                    if (r.nextDouble() < 0.7) {
                        out.add(PlannedAction.resident(at(date, 9 + r.nextDouble() * 12), p));
                    }
                }
            } else {
                if (r.nextDouble() < 0.25) {
                    out.add(PlannedAction.resident(at(date, 7 + r.nextDouble() * 3), p)); // back from breakfast
                }
                if (r.nextDouble() < 0.3) {
                    out.add(PlannedAction.resident(at(date, 11.5 + r.nextDouble() * 2), p)); // lunch at home
                }
                if (r.nextDouble() < 0.9) {
                    out.add(PlannedAction.resident(at(date, 17.5 + r.nextDouble() * 4), p)); // home from work
                }
            }
        }
        if (r.nextDouble() < 0.15) {
            out.add(PlannedAction.with(at(date, 10 + r.nextDouble() * 10), PlannedAction.Kind.VISITOR_OPENS,
                    temporaryPin(r), CredentialType.PIN));
        }
    }

    private void planElderly(LocalDate date, SplittableRandom r, List<PlannedAction> out) {
        double[][] outings = {{6, 1.5, 0.9}, {9, 2, 0.8}, {15, 2, 0.6}}; // morning exercise, market, afternoon walk
        for (double[] o : outings) {
            Instant t = at(date, o[0] + r.nextDouble() * o[1]);
            if (r.nextDouble() < o[2] && (elderlyStopsAt == null || t.isBefore(elderlyStopsAt))) {
                out.add(PlannedAction.resident(t, 0));
            }
        }
    }

    private void planSublet(LocalDate date, SplittableRandom r, List<PlannedAction> out) {
        int n = 4 + r.nextInt(4);
        for (int k = 0; k < n; k++) {
            // odd hours: most at night, the rest early afternoon
            double hour = r.nextDouble() < 0.6 ? (22 + r.nextDouble() * 7) % 24 : 12 + r.nextDouble() * 4;
            Instant t = at(date, hour);
            if (r.nextDouble() < 0.6) {
                out.add(PlannedAction.with(t, PlannedAction.Kind.GUEST_OPENS, temporaryPin(r), CredentialType.PIN));
            } else {
                Credential card = local(CredentialType.CARD, 1 + r.nextInt(SUBLET_CARDS));
                out.add(PlannedAction.with(t, PlannedAction.Kind.GUEST_OPENS, card.credentialId(), card.type()));
            }
        }
    }

    /** Offline one-time codes: the lock derives them from a shared secret and logs each under its own id. */
    private static String temporaryPin(SplittableRandom r) {
        return "T-PIN-" + String.format("%06x", r.nextInt(1 << 24));
    }

    private static Instant at(LocalDate date, double hourOfDay) {
        long seconds = (long) (hourOfDay * 3600) % 86400;
        return date.atTime(LocalTime.ofSecondOfDay(seconds)).atZone(SimClock.ZONE).toInstant();
    }
}
