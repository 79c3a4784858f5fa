/**
 * The simulated smart locks: one MQTT v3.1.1 connection per device (Eclipse Paho), events published to
 * {@code anju/<org>/lock/<deviceId>/event}, commands received on {@code .../cmd} and answered on {@code .../ack}. All
 * lock state is changed on one fleet thread, so the MQTT callback threads only hand messages over.
 */
package org.anju.simulator.lock;
