package org.anju.devices.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.activemq.artemis.core.security.CheckType;
import org.junit.jupiter.api.Test;

class DeviceSecurityManagerTest {

    @Test
    void theProbeStaysUnderItsOwnTopics() {
        assertThat(DeviceSecurityManager.probeAllowed(CheckType.SEND, "anju-probe.bench.7")).isTrue();
        assertThat(DeviceSecurityManager.probeAllowed(CheckType.CONSUME, "anju-probe.bench.#")).isTrue();
        assertThat(DeviceSecurityManager.probeAllowed(CheckType.CREATE_DURABLE_QUEUE,
                "anju-probe.bench.#::probe-sub.anju-probe.bench.#")).isTrue();
        assertThat(DeviceSecurityManager.probeAllowed(CheckType.SEND, "anju.demo.lock.LK-1.event")).isFalse();
        assertThat(DeviceSecurityManager.probeAllowed(CheckType.CONSUME, "anju.demo.lock.LK-1.cmd")).isFalse();
        assertThat(DeviceSecurityManager.probeAllowed(CheckType.SEND, "anju-probex.y")).isFalse();
        assertThat(DeviceSecurityManager.probeAllowed(CheckType.MANAGE, "anju-probe.bench")).isFalse();
    }

    @Test
    void theProbeLoginIsOffWithoutAPassword() {
        DeviceSecurityManager off = new DeviceSecurityManager(new DeviceLogins(), "anju-platform", "p", " ");
        assertThat(off.authenticate(DeviceSecurityManager.PROBE_USER, " ", null, null)).isNull();
        DeviceSecurityManager on = new DeviceSecurityManager(new DeviceLogins(), "anju-platform", "p", "probe-secret");
        assertThat(on.authenticate(DeviceSecurityManager.PROBE_USER, "wrong", null, null)).isNull();
        assertThat(on.authenticate(DeviceSecurityManager.PROBE_USER, "probe-secret", null, null)
                .getPrincipals(DeviceSecurityManager.ProbePrincipal.class)).hasSize(1);
    }
}
