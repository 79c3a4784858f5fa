package org.anju.simulator.lock;

import java.time.Instant;

/**
 * What a lock received on its command topic, kept for tests to inspect.
 *
 * @param receivedAt wall-clock time of arrival
 * @param command    the parsed command, null if the payload was unusable
 * @param error      why it could not be parsed or carried out, or null
 * @param ack        the answer sent, null for a silent lock or an unanswerable payload
 */
public record ReceivedCommand(Instant receivedAt, String payload, LockCommand command, String error,
                              CommandAck ack) {
}
