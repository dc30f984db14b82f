package app.peach.webhooks;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.peach.coaching.CurrentCoach;
import app.peach.coaching.Roles;
import app.peach.idempotency.Idempotent;

/** A coach's webhook subscriptions: events about their clients, POSTed and signed per Standard Webhooks. */
@Path("/api/v1/webhooks")
@Tag(name = "Webhooks", description = WebhookDocs.TAG)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.COACH)
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "Missing or unknown coach key")
public class WebhookResource {
    private final WebhookService webhooks;
    private final CurrentCoach coach;

    WebhookResource(WebhookService webhooks, CurrentCoach coach) {
        this.webhooks = webhooks;
        this.coach = coach;
    }

    @POST
    @Idempotent
    @Operation(operationId = "createWebhook", summary = "Subscribe a URL to client events",
            description = "Answers 201 with Location and the signing secret, which is shown this once. The URL must be "
                    + "https to a public address (plain http and loopback or private addresses only for hosts the operator "
                    + "allows in peach.webhooks.allowed-hosts); its host is resolved now and again before every attempt. "
                    + "At most 20 webhooks per coach. 503 when the operator has not configured webhooks.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = WebhookRequest.class),
            examples = @ExampleObject(name = "dashboard", value = WebhookDocs.CREATE_REQUEST)))
    @APIResponse(responseCode = "201", description = "Created; Location names the webhook; store the secret now",
            headers = @Header(name = "Location", description = "The new webhook", schema = @Schema(type = SchemaType.STRING,
                    format = "uri-reference", example = "/api/v1/webhooks/64f8e658-d25a-44e3-a2d5-f582208c66ac")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookCreated.class),
                    examples = @ExampleObject(name = "created", value = WebhookDocs.CREATED)))
    @APIResponse(responseCode = "400", description = "Invalid url (not https, a private address, no host) or unknown event")
    @APIResponse(responseCode = "409", description = "The coach already has the most webhooks allowed")
    @APIResponse(responseCode = "503", description = "Webhooks are not configured on this server (no secret key)")
    public Response create(@Valid @NotNull(message = "a JSON body is required") WebhookRequest request) {
        WebhookCreated created = webhooks.create(coach.id(), request);
        return Response.created(URI.create("/api/v1/webhooks/" + created.id())).entity(created).build();
    }

    @GET
    @Operation(operationId = "listWebhooks", summary = "The coach's webhooks",
            description = "Every webhook of the calling coach, oldest first; secrets are never shown again.")
    @APIResponse(responseCode = "200", description = "The webhooks",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Webhook.class, type = SchemaType.ARRAY),
                    examples = @ExampleObject(name = "one", value = WebhookDocs.LIST)))
    public List<Webhook> list() {
        return webhooks.list(coach.id());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getWebhook", summary = "One webhook", description = "Its URL and events (not its secret).")
    @APIResponse(responseCode = "200", description = "The webhook",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Webhook.class),
                    examples = @ExampleObject(name = "webhook", value = WebhookDocs.ONE)))
    @APIResponse(responseCode = "404", description = "No such webhook of this coach")
    public Webhook get(@Parameter(example = "64f8e658-d25a-44e3-a2d5-f582208c66ac") @PathParam("id") String id) {
        return webhooks.get(coach.id(), id);
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteWebhook", summary = "Delete a webhook",
            description = "Nothing more is sent to it: its pending deliveries are dropped with it. 204.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such webhook of this coach")
    public Response delete(@Parameter(example = "64f8e658-d25a-44e3-a2d5-f582208c66ac") @PathParam("id") String id) {
        webhooks.delete(coach.id(), id);
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "What was sent to a webhook, newest first",
            description = "Each event sent or to be sent, with every attempt: when, the outcome, the receiver's status and "
                    + "how long it took. status is pending (nextAttemptAt says when), delivered or failed (after the last "
                    + "retry). Kept 30 days. page is 0-based, size 1–100.")
    @APIResponse(responseCode = "200", description = "A page of deliveries",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeliveryPage.class),
                    examples = @ExampleObject(name = "retried", value = WebhookDocs.DELIVERIES)))
    @APIResponse(responseCode = "400", description = "Bad page parameters")
    @APIResponse(responseCode = "404", description = "No such webhook of this coach")
    public DeliveryPage deliveries(@Parameter(example = "64f8e658-d25a-44e3-a2d5-f582208c66ac") @PathParam("id") String id,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) Integer page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) Integer size) {
        return webhooks.deliveries(coach.id(), id, page, size);
    }
}
