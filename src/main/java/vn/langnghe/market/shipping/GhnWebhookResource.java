package vn.langnghe.market.shipping;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import vn.langnghe.market.payment.CallbackBody;
import vn.langnghe.market.platform.LockContention;
import vn.langnghe.market.platform.Problems;
import vn.langnghe.market.platform.RateLimited;
import vn.langnghe.market.platform.RequestLimit;

/**
 * GHN's status webhook. GHN signs nothing and calls the address it was given, so that address
 * carries a secret ({@code ?token=}, {@code market.shipping.ghn.webhook-secret}) compared in
 * constant time: 401 without it, 403 for a notice of another GHN shop, 400 for a body that is
 * no notice. 200 for everything applied, repeated or not ours (GHN retries anything else ten
 * times); a failure here is a 5xx, so that GHN sends it again.
 */
@Path("/shipping/ghn")
@Produces(MediaType.APPLICATION_JSON)
public class GhnWebhookResource {

  @Inject GhnSettings settings;
  @Inject Parcels parcels;

  public record WebhookAnswer(boolean received, Parcels.Applied result) {}

  @POST
  @Path("webhook")
  @PermitAll
  @RateLimited(RequestLimit.CARRIER_CALLBACK)
  @Consumes(MediaType.WILDCARD)
  public WebhookAnswer webhook(@QueryParam("token") String token, InputStream body) throws IOException {
    GhnSettings.Account account = settings.account();
    if (!account.enabled()) {
      throw new Problems.NotFoundException("The GHN webhook");
    }
    if (!sameSecret(token, account.webhookSecret())) {
      throw new Problems.AuthenticationRequiredException("The GHN webhook's token is missing or wrong.");
    }
    String raw = new String(CallbackBody.read(body), StandardCharsets.UTF_8);
    GhnNotice notice = GhnNotice.parse(raw).orElseThrow(
        () -> new Problems.InvalidInputException("OrderCode", "is not a GHN status notice"));
    if (notice.shopId() != account.shopId()) {
      throw new Problems.AccessDeniedException("The notice is of another GHN shop.");
    }
    return new WebhookAnswer(true, LockContention.retried(() -> parcels.apply(notice)));
  }

  static boolean sameSecret(String given, String expected) {
    if (given == null || expected == null || expected.isEmpty()) {
      return false;
    }
    return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
        expected.getBytes(StandardCharsets.UTF_8));
  }
}
