package org.anju.devices.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.anju.devices.api.MeterKind;
import org.anju.devices.domain.OpcUaSecurityMode;
import org.anju.devices.domain.OpcUaSecurityPolicy;

/** Inputs of the OPC UA API (docs/api/opcua.md), validated at the edge. */
public final class OpcUaCommands {

    /** {@code opc.tcp://host[:port][/path]}, no spaces. */
    public static final String URL = "opc\\.tcp://[A-Za-z0-9._\\-\\[\\]:]+(:\\d{1,5})?(/[^\\s]*)?";
    /** The first NodeId segment: no dot (it separates segments), nothing a NodeId string would need escaped. */
    public static final String PREFIX = "[A-Za-z0-9_\\-]{1,64}";

    private OpcUaCommands() {
    }

    public record EndpointInput(@NotBlank @Size(max = 100) String name,
                                @NotBlank @Size(max = 300) @Pattern(regexp = URL, message = "{opcua.validation.url}") String url,
                                @NotNull OpcUaSecurityPolicy securityPolicy,
                                @NotNull OpcUaSecurityMode securityMode,
                                @Size(max = 100) String username,
                                @Size(max = 200) String password,
                                @NotBlank @Size(max = 200) String namespaceUri,
                                @NotNull Long projectId,
                                @NotBlank @Pattern(regexp = PREFIX, message = "{opcua.validation.nodePrefix}") String nodePrefix,
                                @NotNull Boolean enabled) {
    }

    public record NodeMappingInput(@NotBlank @Size(max = 200) String nodeId, @NotNull Long unitId,
                                   @NotNull MeterKind kind) {
    }

    /** BROWSE the gateway, or write the NodeIds by CONVENTION; {@code replace} the node map or add to it. */
    public record AutoMapInput(@NotNull Source source, Boolean replace) {
        public enum Source { BROWSE, CONVENTION }
    }
}
