package app.peach.bench.floor;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

import io.smallrye.common.annotation.NonBlocking;

/** One validated JSON endpoint and one database read: the smallest app that uses every extension. */
@Path("/echo")
public class EchoResource {
    public record Weight(@NotNull @DecimalMin("25") @DecimalMax("350") Double weightKg) {
    }

    @POST
    @NonBlocking
    public Weight echo(@Valid @NotNull Weight weight) {
        return weight;
    }

    @GET
    @Path("/count")
    public long count() {
        return Item.count();
    }
}
