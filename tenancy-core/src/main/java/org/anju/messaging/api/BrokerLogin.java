package org.anju.messaging.api;

/**
 * The platform's own login on the embedded broker (a random password made at each start, never written anywhere):
 * the broker's security manager admits it with every right; the outbox relay, the queue consumers and the devices'
 * MQTT client use it.
 */
public interface BrokerLogin {

    String user();

    String password();
}
