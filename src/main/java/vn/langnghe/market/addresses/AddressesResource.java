package vn.langnghe.market.addresses;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import vn.langnghe.market.addresses.AddressViews.AddressRequest;
import vn.langnghe.market.addresses.AddressViews.AddressView;
import vn.langnghe.market.identity.Caller;
import vn.langnghe.market.identity.Role;
import vn.langnghe.market.platform.IdempotentRequests;
import vn.langnghe.market.platform.LockContention;
import vn.langnghe.market.platform.QueryParams;
import vn.langnghe.market.platform.RequestValidation;

/** The shopper's saved delivery addresses (/my/addresses). */
@Path("/my/addresses")
@RolesAllowed(Role.SHOPPER_ROLE)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AddressesResource {

  static final String IDEMPOTENCY_SCOPE = "saved-address";

  @Inject AddressBook book;
  @Inject RequestValidation validation;

  @GET
  public List<AddressView> list(@Context SecurityContext security) {
    return book.list(Caller.of(security));
  }

  /** An {@code Idempotency-Key} makes a repeated POST answer the address the first one saved. */
  @POST
  public Response add(AddressRequest request, @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
      @Context SecurityContext security) {
    Caller shopper = Caller.of(security);
    AddressRequest valid = validation.valid(request);
    IdempotentRequests.Claim claim = IdempotentRequests.claimFor(shopper.accountId(), IDEMPOTENCY_SCOPE,
        idempotencyKey, valid);
    AddressView saved = LockContention.retried(() -> book.add(shopper, valid, claim));
    return Response.status(Response.Status.CREATED).entity(saved).build();
  }

  @PUT
  @Path("{id}")
  public AddressView update(@PathParam("id") String id, AddressRequest request,
      @Context SecurityContext security) {
    AddressRequest valid = validation.valid(request);
    long addressId = QueryParams.longOrDefault("id", id, -1);
    return LockContention.retried(() -> book.update(Caller.of(security), addressId, valid));
  }

  @DELETE
  @Path("{id}")
  public Response delete(@PathParam("id") String id, @Context SecurityContext security) {
    long addressId = QueryParams.longOrDefault("id", id, -1);
    LockContention.retried(() -> {
      book.delete(Caller.of(security), addressId);
      return null;
    });
    return Response.noContent().build();
  }
}
