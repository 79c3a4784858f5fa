package org.anju.simulator.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.UUID;

/** Free ports and unique names, so that tests never collide with a demo or another build on the machine. */
public final class Ports {

    private Ports() {
    }

    public static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An organization code no one else uses: its topics are ours alone on a shared broker. */
    public static String uniqueOrg() {
        return "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /** The broker tests use: Mosquitto on the machine unless {@code -Danju.mqtt.url} says otherwise. */
    public static String mqttUrl() {
        String fromEnv = System.getenv("ANJU_MQTT_URL");
        return System.getProperty("anju.mqtt.url", fromEnv != null ? fromEnv : "tcp://127.0.0.1:1883");
    }
}
