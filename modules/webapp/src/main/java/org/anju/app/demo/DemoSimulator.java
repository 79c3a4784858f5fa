package org.anju.app.demo;

import java.nio.file.Path;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.anju.simulator.Simulator;
import org.anju.simulator.opcua.OpcUaMeters;

/**
 * The device simulator, in this server's JVM: it lives and dies with the application, so it cannot outlive the server
 * nor be forgotten by it (ADR 0021). Its locks are MQTT clients of the embedded broker like any lock, its meters an
 * OPC UA server on loopback that the platform's gateway client connects to; nothing in the platform knows it is there.
 */
@ApplicationScoped
public class DemoSimulator {

    /** What the demo is doing, shown in readiness as data. */
    public enum State {
        /** Demo or simulator switched off. */
        OFF,
        /** Waiting for the server to be ready, or seeding. */
        STARTING,
        RUNNING,
        /** Something went wrong; the server runs on without the demo devices (see the log). */
        FAILED
    }

    private static final Logger LOG = Logger.getLogger(DemoSimulator.class.getName());

    private volatile State state = State.OFF;
    private volatile String detail = "";
    private Simulator simulator;

    /** Starts the simulator for the units of a devices file; the locks keep retrying if the broker is slow. */
    synchronized Simulator start(String organization, Path devicesFile, int mqttPort, int opcUaPort, double speed) {
        if (simulator != null) {
            return simulator;
        }
        simulator = Simulator.builder().org(organization).project(DemoPlan.NODE_PREFIX)
                .building(DemoPlan.SIM_BUILDING).devicesFile(devicesFile)
                .mqtt("tcp://127.0.0.1:" + mqttPort).opcUaPort(opcUaPort).speed(speed)
                .awaitBroker(Duration.ofSeconds(20)).requireBroker(false).start();
        state = State.RUNNING;
        detail = simulator.units().size() + " units";
        LOG.info("Demo simulator running: " + simulator.units().size() + " locks on tcp://127.0.0.1:" + mqttPort
                + ", meters at " + simulator.meters().endpointUrl() + " (" + speed + "x)");
        return simulator;
    }

    void state(State s, String why) {
        state = s;
        detail = why == null ? "" : why;
    }

    public State state() {
        return state;
    }

    public String detail() {
        return detail;
    }

    /** How many of the simulated locks hold an MQTT connection right now. */
    public synchronized int locksConnected() {
        if (simulator == null || !simulator.hasLocks()) {
            return 0;
        }
        return (int) simulator.units().stream().filter(u -> simulator.locks().isConnected(u.deviceId())).count();
    }

    public synchronized String opcUaUrl() {
        return simulator == null || !simulator.hasMeters() ? null : simulator.meters().endpointUrl();
    }

    static String namespaceUri() {
        return OpcUaMeters.NAMESPACE_URI;
    }

    @PreDestroy
    synchronized void stop() {
        if (simulator != null) {
            try {
                // Milo's shared Netty resources stay: the platform's own OPC UA clients use them too.
                simulator.close();
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "closing the demo simulator", e);
            }
            simulator = null;
            state = State.OFF;
        }
    }
}
