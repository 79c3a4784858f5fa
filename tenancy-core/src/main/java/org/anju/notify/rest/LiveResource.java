package org.anju.notify.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

import org.anju.notify.application.LiveEventService;
import org.anju.security.api.CurrentPrincipal;
import org.apache.shiro.authz.annotation.RequiresAuthentication;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The signed-in user's live events as server-sent events: {@code ready} at once, then {@code notice} (and, with the
 * alerts, {@code alert}) as they happen, a comment every 20 s. The portal reads it with {@code fetch} so the bearer
 * token travels in the header as on every other call (an {@code EventSource} could only put it in the URL).
 */
@Path("/live")
@Tag(name = "notices", description = "站内通知 Notices")
public class LiveResource {

    @Inject
    LiveEventService live;

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RequiresAuthentication
    @Operation(summary = "My live events (server-sent events)")
    public void stream(@Context SseEventSink sink, @Context Sse sse) {
        if (CurrentPrincipal.require().tenant().isPlatform()) {
            sink.send(sse.newEventBuilder().name("ready").data("{}").build());
            return; // the platform console has no notices (yet): the stream stays open without events
        }
        live.open(CurrentPrincipal.require().subjectId(), sink, sse);
    }
}
