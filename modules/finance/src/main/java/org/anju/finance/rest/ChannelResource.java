package org.anju.finance.rest;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.anju.finance.api.FinancePermissions;
import org.anju.finance.application.ChannelSettings;
import org.anju.finance.application.Commands;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The operator's payment channels (R6.4b): merchant id, the channel's public key, the API key (write-only). */
@Path("/finance/channels")
@Tag(name = "finance-channels", description = "支付渠道 Payment channels")
@Produces(MediaType.APPLICATION_JSON)
public class ChannelResource {

    @Inject
    ChannelSettings settings;

    @GET
    @RequiresPermissions(FinancePermissions.READ)
    @Operation(summary = "Configured channels (keys never shown)")
    public List<ChannelSettings.ChannelView> list() {
        return settings.list(null);
    }

    @PUT
    @Path("/{channel}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(FinancePermissions.ADMIN)
    @Operation(summary = "Set up a channel: merchant id, the channel's public key (PEM), API key (WeChat Pay APIv3)")
    public ChannelSettings.ChannelView put(@PathParam("channel") @Pattern(regexp = "WECHAT|ALIPAY|UNIONPAY") String channel,
                                           @NotNull @Valid Commands.ChannelInput body) {
        return settings.put(channel, body);
    }
}
