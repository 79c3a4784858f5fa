package org.anju.devices.application;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.anju.devices.domain.LockTopic;
import org.anju.devices.infrastructure.DeviceLogins;
import org.anju.devices.infrastructure.DeviceSecurityManager;
import org.anju.devices.infrastructure.EmbeddedBroker;
import org.anju.devices.infrastructure.LockEventStore;
import org.anju.devices.infrastructure.MonthlyPartitions;
import org.anju.devices.infrastructure.MqttGateway;
import org.anju.kernel.api.Transactions;
import org.anju.tenancy.api.OrganizationDirectory;
import org.anju.tenancy.api.OrganizationRef;
import org.anju.tenancy.api.TenantId;
import org.anju.tenancy.api.TenantScope;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Starts and stops the devices' messaging with the application: the embedded Artemis broker (unless
 * {@code anju.devices.broker.embedded=false}), the platform's MQTT client on it and on every external broker of
 * {@code anju.devices.mqtt.external-urls}, the command sweep (every second, only organizations with open commands),
 * and the daily upkeep (partitions ahead, event ids older than 8 days forgotten; every minute, locks silent for three
 * heartbeats marked offline).
 */
@ApplicationScoped
public class DeviceMessaging {

    private static final Logger LOG = Logger.getLogger(DeviceMessaging.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Resource
    ManagedThreadFactory threads;

    @Inject
    DeviceLogins logins;

    @Inject
    org.anju.messaging.api.BrokerLogin brokerLogin;

    @Inject
    LockIngest ingest;

    @Inject
    LockCommandService commands;

    @Inject
    OrganizationDirectory organizations;

    @Inject
    Transactions transactions;

    @Inject
    MonthlyPartitions partitions;

    @Inject
    LockEventStore events;

    @Inject
    jakarta.enterprise.event.Event<org.anju.devices.api.LockTrouble> trouble;

    @Inject
    org.anju.devices.infrastructure.KeysStore keys;

    @Inject
    @ConfigProperty(name = "anju.devices.broker.embedded", defaultValue = "true")
    boolean embedded;

    @Inject
    @ConfigProperty(name = "anju.devices.broker.data-dir", defaultValue = "target/artemis")
    String dataDir;

    @Inject
    @ConfigProperty(name = "anju.devices.mqtt.host", defaultValue = "0.0.0.0")
    String mqttHost;

    @Inject
    @ConfigProperty(name = "anju.devices.mqtt.port", defaultValue = "1884")
    int mqttPort;

    @Inject
    @ConfigProperty(name = "anju.devices.mqtt.external-urls", defaultValue = "none")
    String externalUrls;

    @Inject
    @ConfigProperty(name = "anju.devices.mqtt.client-id", defaultValue = "none")
    String clientId;

    @Inject
    @ConfigProperty(name = "anju.devices.mqtt.batch", defaultValue = "500")
    int batch;

    @Inject
    @ConfigProperty(name = "anju.devices.mqtt.external-user", defaultValue = "none")
    String externalUserSetting;

    @Inject
    @ConfigProperty(name = "anju.devices.mqtt.external-password", defaultValue = "none")
    String externalPasswordSetting;

    /** Password of the broker's probe login ({@code anju-probe}, topics {@code anju-probe/#} only); off when blank. */
    @Inject
    @ConfigProperty(name = "anju.devices.mqtt.probe-password")
    java.util.Optional<String> probePassword;

    private String externalUser;
    private String externalPassword;
    private EmbeddedBroker broker;
    private final List<MqttGateway> gateways = new ArrayList<>();
    /** deviceId → the broker its last message came through (in memory: after a restart, the first message tells). */
    private final java.util.Map<String, MqttGateway> heardOn = new java.util.concurrent.ConcurrentHashMap<>();

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        logins.reload();
        externalUser = "none".equals(externalUserSetting) ? null : externalUserSetting;
        externalPassword = "none".equals(externalPasswordSetting) ? null : externalPasswordSetting;
        String id = !"none".equals(clientId) ? clientId
                : "anju-platform-" + System.getenv().getOrDefault("ANJU_HTTP_PORT", "9080");
        try {
            if (embedded) {
                // the platform's broker login (random per start) is messaging's: its relay and consumers use it too
                String password = brokerLogin.password();
                broker = new EmbeddedBroker(Path.of(dataDir), mqttHost, mqttPort,
                        new DeviceSecurityManager(logins, brokerLogin.user(), password,
                                probePassword.orElse(null)));
                broker.start();
                gateways.add(gateway("embedded", "tcp://127.0.0.1:" + mqttPort, id, brokerLogin.user(), password));
            }
            if (!"none".equals(externalUrls) && !externalUrls.isBlank()) {
                int n = 0;
                for (String url : externalUrls.split(",")) {
                    if (!url.isBlank()) {
                        gateways.add(gateway("external-" + (++n), url.trim(), id + "-x" + n, externalUser, externalPassword));
                    }
                }
            }
            for (MqttGateway g : gateways) {
                g.start(threads);
            }
        } catch (Exception e) {
            LOG.log(Level.SEVERE, "Device messaging did not start; lock events wait at the broker or on the locks", e);
        }
        commands.publisher(this::publish);
        // Commands of every operator once at start (those written before a restart), then only the active ones.
        for (OrganizationRef o : organizations.availableOperators()) {
            commands.markActive(o.code());
        }
        scheduler.scheduleWithFixedDelay(this::sweep, 2, 1, TimeUnit.SECONDS);
        scheduler.scheduleWithFixedDelay(this::watch, 60, 60, TimeUnit.SECONDS);
        scheduler.scheduleWithFixedDelay(this::upkeep, 5, TimeUnit.HOURS.toSeconds(24), TimeUnit.SECONDS);
        scheduler.scheduleWithFixedDelay(logins::reload, 30, 30, TimeUnit.SECONDS);
    }

    /**
     * One MQTT client per broker; what it receives is ingested, and the broker each lock is heard on is remembered so
     * its commands go there only (an external broker's other clients never see commands meant for the embedded one).
     */
    private MqttGateway gateway(String name, String url, String id, String user, String password) {
        MqttGateway[] self = new MqttGateway[1];
        self[0] = new MqttGateway(name, url, id, user, password, List.of("anju/+/lock/+/event", "anju/+/lock/+/ack"),
                arrived -> {
                    for (org.anju.devices.infrastructure.Incoming in : arrived) {
                        LockTopic.parse(in.topic()).ifPresent(t -> heardOn.put(t.deviceId(), self[0]));
                    }
                    ingest.accept(arrived);
                }, batch);
        return self[0];
    }

    /**
     * Publishes a command on the broker the lock was last heard on; a lock not heard since this server started gets
     * it on every broker (it listens on one of them). False when no broker took it: the retry schedule applies.
     */
    boolean publish(String topic, String payload) {
        MqttGateway known = LockTopic.parse(topic).map(t -> heardOn.get(t.deviceId())).orElse(null);
        if (known != null && known.publish(topic, payload)) {
            return true;
        }
        boolean any = false;
        for (MqttGateway g : gateways) {
            if (g != known) {
                any |= g.publish(topic, payload);
            }
        }
        return any;
    }

    void sweep() {
        for (String code : commands.activeOrganizations()) {
            try {
                TenantScope.call(TenantId.ofOrganization(code), "system:devices", commands::sweep);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Command sweep of " + code + " failed; the others go on", e);
            }
        }
    }

    /** Locks silent for three heartbeat intervals are offline (protocol 1.7). */
    void watch() {
        // only operators with active devices (from the login cache, no query): most have none
        java.util.Set<String> withDevices = logins.organizationsWithActiveDevices();
        for (OrganizationRef o : organizations.availableOperators()) {
            if (!withDevices.contains(o.code())) {
                continue;
            }
            try {
                TenantScope.call(o.tenant(), "system:devices", () -> {
                    List<Object[]> silent = transactions.inNew(() -> {
                        int minutes = 3 * keys.settings().heartbeatMinutes();
                        return events.markSilentOffline(Instant.now().minus(Duration.ofMinutes(minutes)));
                    });
                    Instant now = Instant.now();
                    for (Object[] d : silent) {
                        trouble.fire(new org.anju.devices.api.LockTrouble(o.tenant(), (String) d[0],
                                d[1] == null ? null : ((Number) d[1]).longValue(), "OFFLINE", null, now, "no heartbeat"));
                    }
                    return silent.size();
                });
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Offline watch of " + o.code() + " failed", e);
            }
        }
    }

    void upkeep() {
        for (OrganizationRef o : organizations.availableOperators()) {
            try {
                TenantScope.call(o.tenant(), "system:devices", () -> transactions.inNew(() -> {
                    partitions.ensureAhead("access_record");
                    return events.forget(Instant.now().minus(Duration.ofDays(8)));
                }));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Devices upkeep of " + o.code() + " failed; the others go on", e);
            }
        }
    }

    public List<DeviceViews.ConnectionView> connections() {
        return gateways.stream().map(g -> new DeviceViews.ConnectionView(g.name(), g.url(), g.connected(),
                g.connectedSince(), g.lastError(), g.backlog())).toList();
    }

    @PreDestroy
    void stop() {
        gateways.forEach(MqttGateway::stop);
        if (broker != null) {
            broker.stop();
        }
    }
}
