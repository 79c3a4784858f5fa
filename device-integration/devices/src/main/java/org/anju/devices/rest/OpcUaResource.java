package org.anju.devices.rest;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.anju.audit.api.AuditEntry;
import org.anju.devices.api.MeterKind;
import org.anju.devices.api.OpcUaPermissions;
import org.anju.devices.application.OpcUaCommands;
import org.anju.devices.application.OpcUaEndpoints;
import org.anju.devices.application.OpcUaViews;
import org.anju.devices.domain.OpcUaConnectionState;
import org.anju.kernel.api.Page;
import org.anju.kernel.api.PageRequest;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Building-system gateways over OPC UA (P4): endpoints, node maps, connection states. */
@Path("/opcua")
@Tag(name = "opcua", description = "楼宇系统网关与点位 Building-system gateways and node maps")
@Produces(MediaType.APPLICATION_JSON)
public class OpcUaResource {

    @Inject
    OpcUaEndpoints endpoints;

    @GET
    @Path("/endpoints")
    @RequiresPermissions(OpcUaPermissions.READ)
    @Operation(summary = "Gateways by name, filtered, with their connection state")
    public Page<OpcUaViews.EndpointView> list(@QueryParam("projectId") Long projectId,
                                              @QueryParam("enabled") Boolean enabled,
                                              @QueryParam("state") OpcUaConnectionState state,
                                              @QueryParam("q") String q,
                                              @QueryParam("page") @DefaultValue("1") @Min(1) int page,
                                              @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        return endpoints.list(projectId, enabled, state, q, new PageRequest(page, size));
    }

    @POST
    @Path("/endpoints")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(OpcUaPermissions.ADMIN)
    @Operation(summary = "Add a gateway; its client starts at once when enabled")
    public Response create(@NotNull @Valid OpcUaCommands.EndpointInput body) {
        return Response.status(201).entity(endpoints.create(body)).build();
    }

    @GET
    @Path("/endpoints/{id}")
    @RequiresPermissions(OpcUaPermissions.READ)
    @Operation(summary = "One gateway with its connection state")
    public OpcUaViews.EndpointView get(@PathParam("id") long id) {
        return endpoints.get(id);
    }

    @PUT
    @Path("/endpoints/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(OpcUaPermissions.ADMIN)
    @Operation(summary = "Change a gateway (a missing password keeps the stored one); its client restarts")
    public OpcUaViews.EndpointView update(@PathParam("id") long id, @NotNull @Valid OpcUaCommands.EndpointInput body) {
        return endpoints.update(id, body);
    }

    @DELETE
    @Path("/endpoints/{id}")
    @RequiresPermissions(OpcUaPermissions.ADMIN)
    @Operation(summary = "Remove a gateway and its node map; stored readings stay")
    public Response delete(@PathParam("id") long id) {
        endpoints.delete(id);
        return Response.noContent().build();
    }

    @GET
    @Path("/endpoints/{id}/history")
    @RequiresPermissions(OpcUaPermissions.READ)
    @Operation(summary = "The gateway's audited history (never the password)")
    public List<AuditEntry> history(@PathParam("id") long id) {
        return endpoints.history(id);
    }

    @GET
    @Path("/connections")
    @RequiresPermissions(OpcUaPermissions.READ)
    @Operation(summary = "Connection state of every gateway of the organization")
    public List<OpcUaViews.ConnectionView> connections() {
        return endpoints.connections();
    }

    @GET
    @Path("/endpoints/{id}/nodes")
    @RequiresPermissions(OpcUaPermissions.READ)
    @Operation(summary = "The gateway's node map by NodeId, filtered")
    public Page<OpcUaViews.NodeMappingView> nodes(@PathParam("id") long id, @QueryParam("kind") MeterKind kind,
                                                  @QueryParam("unitId") Long unitId, @QueryParam("q") String q,
                                                  @QueryParam("page") @DefaultValue("1") @Min(1) int page,
                                                  @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        return endpoints.nodes(id, kind, unitId, q, new PageRequest(page, size));
    }

    @POST
    @Path("/endpoints/{id}/nodes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(OpcUaPermissions.ADMIN)
    @Operation(summary = "Map a NodeId to a unit's meter")
    public Response addNode(@PathParam("id") long id, @NotNull @Valid OpcUaCommands.NodeMappingInput body) {
        return Response.status(201).entity(endpoints.addNode(id, body)).build();
    }

    @PUT
    @Path("/endpoints/{id}/nodes/{nodeMappingId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(OpcUaPermissions.ADMIN)
    @Operation(summary = "Change a node map line")
    public OpcUaViews.NodeMappingView updateNode(@PathParam("id") long id,
                                                 @PathParam("nodeMappingId") long nodeMappingId,
                                                 @NotNull @Valid OpcUaCommands.NodeMappingInput body) {
        return endpoints.updateNode(id, nodeMappingId, body);
    }

    @DELETE
    @Path("/endpoints/{id}/nodes/{nodeMappingId}")
    @RequiresPermissions(OpcUaPermissions.ADMIN)
    @Operation(summary = "Remove a node map line")
    public Response deleteNode(@PathParam("id") long id, @PathParam("nodeMappingId") long nodeMappingId) {
        endpoints.deleteNode(id, nodeMappingId);
        return Response.noContent().build();
    }

    @POST
    @Path("/endpoints/{id}/nodes/auto-map")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(OpcUaPermissions.ADMIN)
    @Operation(summary = "Map the gateway's meter nodes to the project's units, by browsing it or by the NodeId convention")
    public OpcUaViews.AutoMapResult autoMap(@PathParam("id") long id, @NotNull @Valid OpcUaCommands.AutoMapInput body) {
        return endpoints.autoMap(id, body);
    }
}
