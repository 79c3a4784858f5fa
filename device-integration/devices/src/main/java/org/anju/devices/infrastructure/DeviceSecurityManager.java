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

    private final DeviceLogins logins;
    private final String platformUser;
    private final String platformPassword;

    public DeviceSecurityManager(DeviceLogins logins, String platformUser, String platformPassword) {
        this.logins = logins;
        this.platformUser = platformUser;
        this.platformPassword = platformPassword;
    }

    @Override
    public Subject authenticate(String user, String password, RemotingConnection connection, String securityDomain) {
        if (user == null || password == null) {
            return null;
        }
        if (user.equals(platformUser)) {
            if (!java.security.MessageDigest.isEqual(password.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    platformPassword.getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
                return null;
            }
            return subject(user, new PlatformPrincipal(user));
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
