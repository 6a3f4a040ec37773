package vn.langnghe.market.notifications;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import vn.langnghe.market.identity.Caller;
import vn.langnghe.market.identity.Role;
import vn.langnghe.market.platform.RequestValidation;

/** The caller's own notification settings: the phone their Zalo notices go to. */
@Path("/my/notification-settings")
@RolesAllowed({Role.SHOPPER_ROLE, Role.ARTISAN_ROLE, Role.OFFICER_ROLE, Role.ADMIN_ROLE})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NotificationSettingsResource {

  @Inject Notifications notifications;
  @Inject RequestValidation validation;

  /** {@code zaloPhone} in E.164, or null: then notices come by e-mail only. */
  public record Settings(@Size(max = 30) String zaloPhone) {}

  @GET
  public Settings get(@Context SecurityContext security) {
    return new Settings(notifications.phoneOf(Caller.of(security).accountId()));
  }

  @PUT
  public Settings put(Settings request, @Context SecurityContext security) {
    String phone = request == null ? null : validation.valid(request).zaloPhone();
    return new Settings(notifications.setPhone(Caller.of(security).accountId(), phone));
  }
}
