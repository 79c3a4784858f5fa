package org.anju.simulator.lock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class LockJsonTest {

    private static final Instant AT = Instant.parse("2025-03-03T10:15:30Z");

    @Test
    void eventsAreWrittenAsTheProtocolShows() {
        LockEvent e = new LockEvent("0b9f8c1e-3c4e-4a57-9d7c-2f8a4f9f0a11", EventType.DOOR_OPENED, AT,
                OpenMethod.FACE, "L-FACE-1", 87);
        assertThat(e.toJson()).isEqualTo("{\"eventId\":\"0b9f8c1e-3c4e-4a57-9d7c-2f8a4f9f0a11\",\"type\":"
                + "\"DOOR_OPENED\",\"at\":\"2025-03-03T10:15:30Z\",\"method\":\"FACE\",\"credentialId\":\"L-FACE-1\","
                + "\"battery\":87}");
        LockEvent hb = LockEvent.of(EventType.HEARTBEAT, AT, 50);
        assertThat(hb.toJson()).doesNotContain("method").doesNotContain("credentialId");
        assertThat(LockJson.parseEvent(e.toJson())).isEqualTo(e);
    }

    @Test
    void onlyDoorOpenedCarriesMethodAndCredential() {
        assertThatThrownBy(() -> new LockEvent("x", EventType.DOOR_OPENED, AT, null, null, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LockEvent("x", EventType.TAMPER, AT, OpenMethod.PIN, "c", 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LockEvent.of(EventType.HEARTBEAT, AT, 101))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void commandsRoundTrip() throws CommandFormatException {
        LockCommand c = LockCommand.grant("c-1", "cred-9", CredentialType.PIN, AT, AT.plusSeconds(3600));
        assertThat(LockCommand.parse(c.toJson())).isEqualTo(c);
        assertThat(LockCommand.parse("{\"commandId\":\"c-2\",\"type\":\"OPEN\"}").type()).isEqualTo(CommandType.OPEN);
        CommandAck ack = CommandAck.failed("c-1", "why", AT);
        assertThat(LockJson.parseAck(ack.toJson())).isEqualTo(ack);
    }

    @Test
    void badCommandsAreRefusedWithAReasonAndTheirCommandIdWhenThereIsOne() {
        assertThatThrownBy(() -> LockCommand.parse("{not json")).isInstanceOf(CommandFormatException.class)
                .extracting(e -> ((CommandFormatException) e).commandId()).isNull();
        assertThatThrownBy(() -> LockCommand.parse("[1,2]")).isInstanceOf(CommandFormatException.class);
        assertThatThrownBy(() -> LockCommand.parse("{\"type\":\"OPEN\"}")).hasMessageContaining("commandId");
        assertFails("{\"commandId\":\"k\",\"type\":\"EXPLODE\"}", "unknown command type");
        assertFails("{\"commandId\":\"k\",\"type\":\"GRANT\",\"credentialType\":\"PIN\"}", "credentialId");
        assertFails("{\"commandId\":\"k\",\"type\":\"GRANT\",\"credentialId\":\"c\"}", "credentialType");
        assertFails("{\"commandId\":\"k\",\"type\":\"GRANT\",\"credentialId\":\"c\",\"credentialType\":\"IRIS\"}",
                "credentialType");
        assertFails("{\"commandId\":\"k\",\"type\":\"GRANT\",\"credentialId\":\"c\",\"credentialType\":\"PIN\","
                + "\"validFrom\":\"2025-03-02T00:00:00Z\",\"validUntil\":\"2025-03-01T00:00:00Z\"}", "validUntil");
        assertFails("{\"commandId\":\"k\",\"type\":\"GRANT\",\"credentialId\":\"c\",\"credentialType\":\"PIN\","
                + "\"validFrom\":\"yesterday\"}", "validFrom");
        assertFails("{\"commandId\":\"k\",\"type\":\"REVOKE\"}", "credentialId");
        assertFails("{\"commandId\":\"k\",\"type\":7}", "type");
        assertThatThrownBy(() -> LockCommand.parse("{\"commandId\":\"k\",\"pad\":\"" + "x".repeat(5000) + "\"}"))
                .hasMessageContaining("larger");
    }

    private static void assertFails(String payload, String reason) {
        assertThatThrownBy(() -> LockCommand.parse(payload)).isInstanceOf(CommandFormatException.class)
                .hasMessageContaining(reason)
                .extracting(e -> ((CommandFormatException) e).commandId()).isEqualTo("k");
    }
}
