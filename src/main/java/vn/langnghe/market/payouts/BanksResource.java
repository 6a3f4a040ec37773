package vn.langnghe.market.payouts;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The NAPAS bank list for the receiving-account form (/banks): public, changes with a release. */
@Path("/banks")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class BanksResource {

  private static final CacheControl A_DAY = CacheControl.valueOf("public, max-age=86400");

  @Inject Banks banks;

  @GET
  public Response list() {
    return Response.ok(banks.all()).cacheControl(A_DAY).build();
  }
}
