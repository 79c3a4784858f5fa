package org.anju.devices.domain;

/** The OPC UA security policies the platform speaks to gateways with (devices protocol 2.1). */
public enum OpcUaSecurityPolicy {
    NONE("http://opcfoundation.org/UA/SecurityPolicy#None"),
    BASIC256SHA256("http://opcfoundation.org/UA/SecurityPolicy#Basic256Sha256");

    private final String uri;

    OpcUaSecurityPolicy(String uri) {
        this.uri = uri;
    }

    public String uri() {
        return uri;
    }
}
