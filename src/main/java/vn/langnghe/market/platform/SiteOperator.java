package vn.langnghe.market.platform;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who runs the marketplace and the figures its policies promise, from configuration: the law pages
 * (operating rules, return policy, privacy, operator details) show these, so a deployment states
 * its own registration and contact without editing a page.
 */
@Path("/site/operator")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class SiteOperator {

  /**
   * {@code registration}: the business and e-commerce registrations as issued;
   * {@code representative}: the legal representative (name and title); {@code registrationUrl}: the
   * platform's record on the Ministry of Industry and Trade's e-commerce portal. Each null when not
   * configured: nothing is shown rather than a made-up one. {@code sellersIdentified}: sellers'
   * identities are verified before they sell (Law 122/2025/QH15), as the operator page says.
   */
  public record Details(String name, String taxCode, String address, String phone, String email,
      String registration, long returnWindowDays, long returnAnswerHours, long reportDecisionHours,
      String representative, String registrationUrl, boolean sellersIdentified) {}

  @Inject
  @ConfigProperty(name = "market.operator.name")
  String name;

  @Inject
  @ConfigProperty(name = "market.operator.tax-code")
  String taxCode;

  @Inject
  @ConfigProperty(name = "market.operator.address")
  String address;

  @Inject
  @ConfigProperty(name = "market.operator.phone")
  String phone;

  @Inject
  @ConfigProperty(name = "market.operator.email")
  String email;

  @Inject
  @ConfigProperty(name = "market.operator.registration")
  Optional<String> registration;

  @Inject
  @ConfigProperty(name = "market.operator.representative")
  Optional<String> representative;

  @Inject
  @ConfigProperty(name = "market.operator.registration-url")
  Optional<String> registrationUrl;

  @Inject
  @ConfigProperty(name = "market.payouts.return-window", defaultValue = "P7D")
  Duration returnWindow;

  @Inject
  @ConfigProperty(name = "market.returns.answer-within", defaultValue = "PT48H")
  Duration returnAnswerWithin;

  @Inject
  @ConfigProperty(name = "market.listings.decision-within", defaultValue = "PT24H")
  Duration reportDecisionWithin;

  @GET
  public Details details() {
    return new Details(name, taxCode, address, phone, email,
        registration.filter(r -> !r.isBlank()).orElse(null), returnWindow.toDays(),
        returnAnswerWithin.toHours(), reportDecisionWithin.toHours(),
        representative.filter(r -> !r.isBlank()).orElse(null),
        registrationUrl.filter(u -> u.startsWith("https://")).orElse(null), true);
  }
}
