package vn.langnghe.market.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** All resources live under /api; resources and providers are discovered by scanning. */
@ApplicationPath("/api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Làng Nghề Market API",
            version = "1",
            description = "The marketplace of the craft villages of Thái Bình (Hưng Yên)."))
public class MarketApplication extends Application {}
