package org.anju.simulator;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.anju.simulator.lock.EventType;
import org.anju.simulator.lock.LockEvent;
import org.anju.simulator.lock.LockListener;
import org.anju.simulator.lock.ReceivedCommand;
import org.anju.simulator.model.SimClock;
import org.anju.simulator.model.UnitSpec;
import org.anju.simulator.opcua.OpcUaMeters;
import org.eclipse.milo.opcua.stack.core.Stack;

/**
 * The command line: {@code ./mvnw -f device-integration/pom.xml -pl simulator exec:java -Dexec.args="--speed 600"}.
 * Options are documented in the simulator's README and by {@code --help}. Prints the units, then every event and
 * command as it happens, and a meter summary each minute; Ctrl-C (or {@code --duration}) stops it cleanly.
 */
public final class SimulatorMain {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("MM-dd HH:mm:ss").withZone(SimClock.ZONE);

    private static final String HELP = """
            Anju device simulator: OPC UA meters and MQTT smart locks for one building.

              --org CODE                 organization code in the MQTT topics            (demo)
              --project CODE             project code, first part of OPC UA NodeIds      (DEMO-P1)
              --building NAME            building                                        (1)
              --units N                  number of units                                 (12)
              --per-floor N              units per floor (rooms 101.., 201..)            (4)
              --devices FILE             JSON devices file (rooms, deviceIds, secrets, profiles); overrides --units
              --silent R1,R2             rooms or deviceIds whose locks never acknowledge commands
              --mqtt URL                 MQTT broker                                     (tcp://127.0.0.1:1883)
              --no-mqtt                  no locks
              --persistent-session       MQTT clean session off (commands queue while a lock is offline)
              --opcua-port N             OPC UA port                                     (4841)
              --opcua-bind ADDRESS       address to listen on                            (127.0.0.1)
              --opcua-host NAME          host name in the endpoint URL                   (127.0.0.1)
              --opcua-user NAME          accept this user (plain-text password over SecurityPolicy None)
              --opcua-password SECRET    that user's password
              --no-anonymous             refuse anonymous OPC UA sessions (needs --opcua-user)
              --no-opcua                 no meters
              --speed X                  simulated seconds per real second               (60)
              --seed N                   seed of every random choice                     (42)
              --start WHEN               simulated start: ISO instant (2025-03-01T00:00:00+08:00) or an
                                         offset from now (-P2D, PT6H)                    (now)
              --heartbeat DURATION       simulated time between HEARTBEATs               (PT5M)
              --elderly-stops-after D    simulated time until the elderly resident stops (P2D)
              --jump-after DURATION      simulated time until the jumping meter jumps    (PT3H)
              --tamper-rate P            TAMPER chance per lock and simulated day        (0.02)
              --lock-outage-rate P       network outage chance per lock and day          (0.01)
              --meter-outage-rate P      meter outage chance per unit and day            (0.03)
              --command-failure-rate P   chance a valid command answers FAILED           (0)
              --quiet-faults             set the four rates above to 0
              --duration DURATION        stop after this much real time (PT10M); default: until Ctrl-C
              --no-log                   do not print events and commands
              --show-heartbeats          print HEARTBEAT events too
              --help
            """;

    private SimulatorMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        Map<String, String> opts;
        try {
            opts = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println("--help lists the options");
            System.exit(2);
            return;
        }
        if (opts.containsKey("help")) {
            System.out.print(HELP);
            return;
        }
        // Milo and Netty are chatty at INFO; the simulator says what matters itself
        Logger.getLogger("org.eclipse.milo").setLevel(Level.WARNING);
        Logger.getLogger("io.netty").setLevel(Level.WARNING);

        Simulator.Builder b;
        Duration runFor;
        try {
            b = configure(opts);
            runFor = opts.containsKey("duration") ? Duration.parse(opts.get("duration")) : null;
        } catch (RuntimeException e) {
            System.err.println("bad option: " + e.getMessage());
            System.exit(2);
            return;
        }
        Simulator sim;
        try {
            sim = b.start();
        } catch (RuntimeException e) {
            System.err.println("cannot start: " + e.getMessage());
            Stack.releaseSharedResources();
            System.exit(1);
            return;
        }
        PrintStream out = System.out;
        printSummary(sim, opts, out);
        if (sim.hasLocks() && !opts.containsKey("no-log")) {
            sim.locks().addListener(new Printer(out, opts.containsKey("show-heartbeats")));
        }
        CountDownLatch done = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            sim.close();
            done.countDown();
        }, "anju-sim-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        long deadline = runFor == null ? Long.MAX_VALUE : System.nanoTime() + runFor.toNanos();
        while (System.nanoTime() < deadline) {
            long wait = Math.min(TimeUnit.SECONDS.toNanos(60), deadline - System.nanoTime());
            if (done.await(wait, TimeUnit.NANOSECONDS)) {
                return;
            }
            if (sim.hasMeters() && !opts.containsKey("no-log") && System.nanoTime() < deadline) {
                printMeters(sim, out);
            }
        }
        Runtime.getRuntime().removeShutdownHook(hook);
        sim.close();
        Stack.releaseSharedResources(); // Milo's shared Netty threads would keep exec:java waiting
        out.println("stopped after " + runFor + " (simulated now " + LOCAL.format(sim.clock().now()) + ")");
    }

    static Map<String, String> parse(String[] args) {
        Map<String, String> opts = new LinkedHashMap<>();
        List<String> flags = List.of("no-mqtt", "no-opcua", "no-anonymous", "persistent-session", "quiet-faults",
                "no-log", "show-heartbeats", "help");
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument " + a);
            }
            String key = a.substring(2);
            String value = null;
            int eq = key.indexOf('=');
            if (eq >= 0) {
                value = key.substring(eq + 1);
                key = key.substring(0, eq);
            }
            if (flags.contains(key)) {
                opts.put(key, "true");
                continue;
            }
            if (value == null) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("--" + key + " needs a value");
                }
                value = args[++i];
            }
            opts.put(key, value);
        }
        return opts;
    }

    static Simulator.Builder configure(Map<String, String> o) {
        Simulator.Builder b = Simulator.builder();
        for (String k : o.keySet()) {
            String v = o.get(k);
            switch (k) {
                case "org" -> b.org(v);
                case "project" -> b.project(v);
                case "building" -> b.building(v);
                case "units" -> b.units(Integer.parseInt(v));
                case "per-floor" -> b.unitsPerFloor(Integer.parseInt(v));
                case "devices" -> b.devicesFile(Path.of(v));
                case "silent" -> b.silent(v.split(","));
                case "mqtt" -> b.mqtt(v);
                case "no-mqtt" -> b.withoutLocks();
                case "persistent-session" -> b.cleanSession(false);
                case "opcua-port" -> b.opcUaPort(Integer.parseInt(v));
                case "opcua-bind" -> b.opcUaBindAddress(v);
                case "opcua-host" -> b.opcUaHostname(v);
                case "opcua-user", "opcua-password" -> b.opcUaUser(o.get("opcua-user"), o.get("opcua-password"));
                case "no-anonymous" -> b.opcUaAnonymous(false);
                case "no-opcua" -> b.withoutMeters();
                case "speed" -> b.speed(Double.parseDouble(v));
                case "seed" -> b.seed(Long.parseLong(v));
                case "start" -> b.start(parseStart(v));
                case "heartbeat" -> b.heartbeat(Duration.parse(v));
                case "elderly-stops-after" -> b.elderlyStopsAfter(Duration.parse(v));
                case "jump-after" -> b.jumpAfter(Duration.parse(v));
                case "tamper-rate" -> b.tamperRatePerDay(Double.parseDouble(v));
                case "lock-outage-rate" -> b.lockOutageRatePerDay(Double.parseDouble(v));
                case "meter-outage-rate" -> b.meterOutageRatePerDay(Double.parseDouble(v));
                case "command-failure-rate" -> b.commandFailureRate(Double.parseDouble(v));
                case "quiet-faults" -> b.quiet();
                case "duration", "no-log", "show-heartbeats", "help" -> {
                    // read by main
                }
                default -> throw new IllegalArgumentException("unknown option --" + k);
            }
        }
        if (o.containsKey("quiet-faults")) {
            b.quiet(); // whatever order the rates came in
        }
        // the command line waits a little for the broker, then runs anyway and keeps retrying
        b.awaitBroker(Duration.ofSeconds(10)).requireBroker(false);
        return b;
    }

    static Instant parseStart(String v) {
        try {
            return Instant.parse(v);
        } catch (DateTimeParseException e) {
            try {
                return Instant.now().plus(Duration.parse(v));
            } catch (DateTimeParseException e2) {
                throw new IllegalArgumentException("--start wants an ISO instant or a duration like -P2D: " + v);
            }
        }
    }

    private static void printSummary(Simulator sim, Map<String, String> opts, PrintStream out) {
        out.printf("Anju device simulator: seed %d, speed %sx, simulated start %s (Asia/Shanghai)%n", sim.seed(),
                trim(sim.clock().speed()), LOCAL.format(sim.clock().start()));
        if (sim.hasMeters()) {
            out.printf("OPC UA  %s  namespace %s%n", sim.meters().endpointUrl(), OpcUaMeters.NAMESPACE_URI);
        }
        if (sim.hasLocks()) {
            out.printf("MQTT    %s  events on anju/%s/lock/+/event, commands on .../cmd, acks on .../ack%n",
                    sim.locks().brokerUrl(), sim.locks().org());
        }
        out.printf("%-6s %-22s %-30s %-9s %-5s %s%n", "room", "deviceId", "MQTT password", "profile", "meter",
                "NodeIds");
        for (UnitSpec u : sim.units()) {
            out.printf("%-6s %-22s %-30s %-9s %-5s %s.{water,electricity,online}%s%n", u.room(), u.deviceId(),
                    u.secret(), u.profile(), u.meterAnomaly() == null ? "" : u.meterAnomaly().name(), u.meterKey(),
                    u.silent() ? "  [silent lock]" : "");
        }
        if (!opts.containsKey("no-log")) {
            out.println("(events and commands follow; meter readings every minute; Ctrl-C stops)");
        }
    }

    private static void printMeters(Simulator sim, PrintStream out) {
        StringBuilder line = new StringBuilder("[" + LOCAL.format(sim.clock().now()) + "] meters");
        for (UnitSpec u : sim.units()) {
            OpcUaMeters.Reading r = sim.meters().reading(u.room());
            line.append(String.format("  %s %.3fm³ %.2fkWh%s", u.room(), r.water(), r.electricity(),
                    r.online() ? "" : " (offline)"));
        }
        out.println(line);
    }

    private static String trim(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    /** One line per event and command, stamped with the simulated local time. */
    private static final class Printer implements LockListener {
        private final PrintStream out;
        private final boolean heartbeats;

        Printer(PrintStream out, boolean heartbeats) {
            this.out = out;
            this.heartbeats = heartbeats;
        }

        @Override
        public void onEvent(UnitSpec unit, LockEvent e, boolean resend) {
            if (e.type() == EventType.HEARTBEAT && !heartbeats) {
                return;
            }
            StringBuilder s = new StringBuilder();
            s.append('[').append(LOCAL.format(e.at())).append("] ").append(unit.room()).append(' ')
                    .append(unit.deviceId()).append(' ').append(e.type());
            if (e.method() != null) {
                s.append(' ').append(e.method()).append(' ').append(e.credentialId());
            }
            s.append(" battery=").append(e.battery());
            if (resend) {
                s.append(" (resend)");
            }
            out.println(s);
        }

        @Override
        public void onCommand(UnitSpec unit, ReceivedCommand c) {
            out.printf("[cmd] %s %s %s -> %s%n", unit.room(), unit.deviceId(),
                    c.command() == null ? c.payload() : c.command().type() + " " + c.command().credentialId(),
                    c.ack() == null ? "(no ack" + (c.error() == null ? ")" : ": " + c.error() + ")")
                            : c.ack().result() + (c.ack().reason() == null ? "" : " " + c.ack().reason()));
        }

        @Override
        public void onConnection(UnitSpec unit, boolean connected) {
            out.printf("[mqtt] %s %s %s%n", unit.room(), unit.deviceId(), connected ? "connected" : "disconnected");
        }
    }
}
