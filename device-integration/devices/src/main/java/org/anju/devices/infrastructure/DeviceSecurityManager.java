package org.anju.devices.infrastructure;

import java.security.Principal;
import java.util.Optional;
import java.util.Set;

import javax.security.auth.Subject;

import org.anju.devices.domain.LockTopic;
import org.apache.activemq.artemis.core.security.CheckType;
import org.apache.activemq.artemis.core.security.Role;
import org.apache.activemq.artemis.spi.core.protocol.RemotingConnection;
import org.apache.activemq.artemis.spi.core.security.ActiveMQSecurityManager5;
import org.apache.activemq.artemis.spi.core.security.jaas.UserPrincipal;

/**
 * Who may do what on the embedded broker (protocol 1.1): a lock signs in with its device id and secret and may only
 * publish to its own {@code anju/<org>/lock/<id>/event} and {@code .../ack} and subscribe to its own {@code .../cmd};
 * the platform's own client (a random password made at each start, never leaving the JVM) may do everything. Anything
 * else is refused before a message exists, so a stolen lock secret reaches one lock's topics only.
 *
 * <p>Optionally a probe login ({@code anju-probe}, on only when a password is configured) may publish and subscribe
 * under {@code anju-probe/#} and nowhere else: a plain MQTT round trip through the very acceptor and journal the locks
 * use, for monitoring and for the lock-events benchmark's baseline, without a login that can touch lock topics.
 *
 * <p>Artemis names MQTT topics with {@code .} for {@code /}: {@code anju/demo/lock/LK-1/event} is the address
 * {@code anju.demo.lock.LK-1.event}; a {@code .} inside a device id travels as {@code /}.
 */
public class DeviceSecurityManager implements ActiveMQSecurityManager5 {

    /** The principal of a lock's connection. */
    public record DevicePrincipal(String organizationCode, String deviceId) implements Principal {
        @Override
        public String getName() {
            return deviceId;
        }
    }

    /** The principal of the platform's own client. */
    public record PlatformPrincipal(String name) implements Principal {
        @Override
        public String getName() {
            return name;
        }
    }

    /** The principal of the probe's connection: {@code anju-probe/#} only. */
    public record ProbePrincipal(String name) implements Principal {
        @Override
        public String getName() {
            return name;
        }
    }

    public static final String PROBE_USER = "anju-probe";
    /** Artemis's name for the MQTT topic prefix {@code anju-probe/}. */
    static final String PROBE_PREFIX = PROBE_USER + ".";

    private final DeviceLogins logins;
    private final String platformUser;
    private final String platformPassword;
    private final String probePassword;

    public DeviceSecurityManager(DeviceLogins logins, String platformUser, String platformPassword) {
        this(logins, platformUser, platformPassword, null);
    }

    /** With the probe login on when {@code probePassword} is neither null nor blank. */
    public DeviceSecurityManager(DeviceLogins logins, String platformUser, String platformPassword, String probePassword) {
        this.logins = logins;
        this.platformUser = platformUser;
        this.platformPassword = platformPassword;
        this.probePassword = probePassword == null || probePassword.isBlank() ? null : probePassword;
    }

    @Override
    public Subject authenticate(String user, String password, RemotingConnection connection, String securityDomain) {
        if (user == null || password == null) {
            return null;
        }
        if (user.equals(platformUser)) {
            if (!same(password, platformPassword)) {
                return null;
            }
            return subject(user, new PlatformPrincipal(user));
        }
        if (probePassword != null && user.equals(PROBE_USER)) {
            return same(password, probePassword) ? subject(user, new ProbePrincipal(user)) : null;
        }
        Optional<DeviceLogins.Login> login = logins.authenticate(user, password);
        return login.map(l -> subject(user, new DevicePrincipal(l.organizationCode(), l.deviceId()))).orElse(null);
    }

    @Override
    public boolean authorize(Subject subject, Set<Role> roles, CheckType checkType, String address) {
        if (subject == null) {
            return false;
        }
        if (!subject.getPrincipals(PlatformPrincipal.class).isEmpty()) {
            return true;
        }
        if (!subject.getPrincipals(ProbePrincipal.class).isEmpty()) {
            return probeAllowed(checkType, address);
        }
        Set<DevicePrincipal> devices = subject.getPrincipals(DevicePrincipal.class);
        if (devices.size() != 1 || address == null) {
            return false;
        }
        return allowed(devices.iterator().next(), checkType, address);
    }

    /** The rule itself, separate for unit tests. */
    public static boolean allowed(DevicePrincipal device, CheckType checkType, String address) {
        String plain = address;
        int fq = plain.indexOf("::");
        if (fq >= 0) {
            plain = plain.substring(0, fq);
        }
        String own = LockTopic.PREFIX + "." + device.organizationCode() + ".lock." + device.deviceId().replace('.', '/') + ".";
        if (!plain.startsWith(own)) {
            return false;
        }
        String channel = plain.substring(own.length());
        return switch (checkType) {
            case SEND -> channel.equals("event") || channel.equals("ack");
            case CONSUME, CREATE_NON_DURABLE_QUEUE, DELETE_NON_DURABLE_QUEUE, CREATE_ADDRESS ->
                    channel.equals("cmd") || (checkType == CheckType.CREATE_ADDRESS && (channel.equals("event") || channel.equals("ack")));
            default -> false;
        };
    }

    /** The probe's rule: its own subtree, to publish, subscribe (durably or not) and nothing else. */
    public static boolean probeAllowed(CheckType checkType, String address) {
        if (address == null) {
            return false;
        }
        int fq = address.indexOf("::");
        String plain = fq >= 0 ? address.substring(0, fq) : address;
        if (!plain.startsWith(PROBE_PREFIX)) {
            return false;
        }
        return switch (checkType) {
            case SEND, CONSUME, CREATE_ADDRESS, CREATE_DURABLE_QUEUE, DELETE_DURABLE_QUEUE, CREATE_NON_DURABLE_QUEUE,
                 DELETE_NON_DURABLE_QUEUE -> true;
            default -> false;
        };
    }

    private static boolean same(String presented, String expected) {
        return java.security.MessageDigest.isEqual(presented.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                expected.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Override
    public boolean validateUser(String user, String password) {
        return authenticate(user, password, null, null) != null;
    }

    @Override
    public boolean validateUserAndRole(String user, String password, Set<Role> roles, CheckType checkType) {
        return false;
    }

    private static Subject subject(String user, Principal principal) {
        Subject s = new Subject();
        s.getPrincipals().add(new UserPrincipal(user));
        s.getPrincipals().add(principal);
        return s;
    }
}
