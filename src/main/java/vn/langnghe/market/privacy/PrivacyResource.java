package vn.langnghe.market.privacy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.langnghe.market.identity.Caller;
import vn.langnghe.market.identity.Role;
import vn.langnghe.market.platform.ClientAddresses;
import vn.langnghe.market.platform.RateLimited;
import vn.langnghe.market.platform.RequestLimit;
import vn.langnghe.market.platform.RequestValidation;
import vn.langnghe.market.privacy.PrivacyViews.ConsentsChange;
import vn.langnghe.market.privacy.PrivacyViews.ConsentsView;
import vn.langnghe.market.privacy.PrivacyViews.EraseRequest;

/** The person's own consents, their data export and the erasure of their account. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.SHOPPER_ROLE, Role.ARTISAN_ROLE, Role.OFFICER_ROLE, Role.ADMIN_ROLE,
    Role.DIGITAL_HELPER_ROLE})
public class PrivacyResource {

  private static final CacheControl NO_STORE = CacheControl.valueOf("no-store");

  @Inject Consents consents;
  @Inject AccountErasure erasure;
  @Inject RequestValidation validation;
  @Inject ClientAddresses clients;

  @GET
  @Path("my/consents")
  public Response consents(@Context SecurityContext security) {
    return Response.ok(consents.of(person(security).accountId())).cacheControl(NO_STORE).build();
  }

  @PUT
  @Path("my/consents")
  public ConsentsView change(ConsentsChange change, @Context SecurityContext security) {
    return consents.change(person(security).accountId(), validation.valid(change));
  }

  @GET
  @Path("my/data-export")
  public Response export(@Context SecurityContext security) {
    Caller caller = person(security);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("accountId", caller.accountId());
    body.put("sections", erasure.export(caller));
    return Response.ok(body).cacheControl(NO_STORE)
        .header("Content-Disposition", "inline; filename=\"du-lieu-cua-toi.json\"").build();
  }

  /**
   * The person themselves: a digital helper acting for an artisan neither gives nor withdraws
   * their consents nor reads everything held about them (their numbers, their buyers' messages).
   */
  private static Caller person(SecurityContext security) {
    Caller caller = Caller.of(security);
    if (caller.byHelper()) {
      throw new vn.langnghe.market.platform.Problems.AccessDeniedException(
          "Only the person themselves manages their consents and personal data, not a helper acting for them.");
    }
    return caller;
  }

  /** 204 once erased; 400 on a wrong password; 409 listing what must finish first. */
  @DELETE
  @Path("me")
  @RateLimited(RequestLimit.ACCOUNT_ERASURE)
  public Response erase(EraseRequest request, @Context SecurityContext security) {
    EraseRequest valid = validation.valid(request == null ? new EraseRequest(null) : request);
    erasure.erase(Caller.of(security), valid.password(), clients.current());
    return Response.noContent().build();
  }
}
