package org.anju.devices.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Key;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Period;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.milo.opcua.stack.client.security.ClientCertificateValidator;
import org.eclipse.milo.opcua.stack.client.security.DefaultClientCertificateValidator;
import org.eclipse.milo.opcua.stack.core.security.DefaultTrustListManager;
import org.eclipse.milo.opcua.stack.core.util.SelfSignedCertificateBuilder;

/**
 * The platform's OPC UA application instance certificate and trust list, for gateways with a real security policy
 * (Basic256Sha256). Created on first use under the server's output directory ({@code resources/opcua-pki}): a
 * self-signed RSA 2048 certificate for {@value OpcUaConnection#APPLICATION_URI} that a gateway's administrator
 * trusts, and a trust list where a gateway's certificate lands in {@code pki/rejected} until an administrator moves it
 * to {@code pki/trusted/certs} (the usual OPC UA routine). Nothing here is used over SecurityPolicy None.
 */
@ApplicationScoped
public class OpcUaCertificates {

    /** The client's key pair and certificate. */
    public record ClientIdentity(KeyPair keyPair, X509Certificate certificate) {
    }

    private static final String ALIAS = "anju-opcua-client";
    // The keystore file is protected by the file system like the server's other keys; this only satisfies PKCS#12.
    private static final char[] STORE_PASSWORD = "anju-opcua".toCharArray();

    private ClientIdentity identity;
    private ClientCertificateValidator validator;

    static Path directory() {
        String out = System.getProperty("server.output.dir");
        Path base = out != null ? Path.of(out, "resources") : Path.of(System.getProperty("java.io.tmpdir"), "anju");
        return base.resolve("opcua-pki");
    }

    public synchronized ClientIdentity clientIdentity() {
        if (identity == null) {
            try {
                identity = loadOrCreate(directory().resolve("anju-opcua-client.pfx"));
            } catch (Exception e) {
                throw new IllegalStateException("cannot create the OPC UA client certificate: " + e, e);
            }
        }
        return identity;
    }

    public synchronized ClientCertificateValidator validator() {
        if (validator == null) {
            try {
                Path pki = directory().resolve("pki");
                Files.createDirectories(pki);
                validator = new DefaultClientCertificateValidator(new DefaultTrustListManager(pki.toFile()));
            } catch (IOException e) {
                throw new IllegalStateException("cannot open the OPC UA trust list: " + e, e);
            }
        }
        return validator;
    }

    static ClientIdentity loadOrCreate(Path file) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        if (Files.exists(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                ks.load(in, STORE_PASSWORD);
            }
            Key key = ks.getKey(ALIAS, STORE_PASSWORD);
            X509Certificate cert = (X509Certificate) ks.getCertificate(ALIAS);
            return new ClientIdentity(new KeyPair(cert.getPublicKey(), (PrivateKey) key), cert);
        }
        KeyPairGenerator gen = KeyPairGenerator.getInstance("RSA");
        gen.initialize(2048);
        KeyPair pair = gen.generateKeyPair();
        X509Certificate cert = new SelfSignedCertificateBuilder(pair)
                .setCommonName("Anju platform OPC UA client")
                .setOrganization("Anju")
                .setApplicationUri(OpcUaConnection.APPLICATION_URI)
                .addDnsName("localhost")
                .setValidityPeriod(Period.ofYears(5))
                .build();
        ks.load(null, STORE_PASSWORD);
        ks.setKeyEntry(ALIAS, pair.getPrivate(), STORE_PASSWORD, new X509Certificate[] {cert});
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            ks.store(out, STORE_PASSWORD);
        }
        return new ClientIdentity(pair, cert);
    }
}
