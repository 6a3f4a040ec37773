package vn.langnghe.market.identity;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class AccessControlTest {

  static class Unmarked {
    public void endpoint() {}
  }

  @RolesAllowed("ARTISAN")
  static class ForArtisans {
    public void endpoint() {}

    @PermitAll
    public void open() {}
  }

  @Test
  void anUnmarkedEndpointIsClosed() throws NoSuchMethodException {
    Method endpoint = Unmarked.class.getMethod("endpoint");
    assertThat(AccessControl.ruleFor(endpoint, Unmarked.class)).isEqualTo(AccessControl.Rule.CLOSED);
  }

  @Test
  void theMethodsAnnotationWinsOverTheClasss() throws NoSuchMethodException {
    assertThat(AccessControl.ruleFor(ForArtisans.class.getMethod("open"), ForArtisans.class))
        .isEqualTo(AccessControl.Rule.PUBLIC);
    assertThat(AccessControl.ruleFor(ForArtisans.class.getMethod("endpoint"), ForArtisans.class))
        .isEqualTo(AccessControl.Rule.ROLES);
    assertThat(AccessControl.rolesOf(ForArtisans.class.getMethod("endpoint"), ForArtisans.class))
        .containsExactly("ARTISAN");
  }

  /** Every endpoint says who may call it; none relies on the closed default by accident. */
  @Test
  void everyEndpointDeclaresWhoMayCallIt() throws Exception {
    List<Class<?>> resources = resourceClasses();
    assertThat(resources).hasSizeGreaterThanOrEqualTo(5);
    List<String> unmarked = new ArrayList<>();
    for (Class<?> resource : resources) {
      for (Method method : resource.getDeclaredMethods()) {
        boolean endpoint = Stream.of(GET.class, POST.class, PUT.class, DELETE.class)
            .anyMatch(method::isAnnotationPresent);
        boolean marked = Stream.of(PermitAll.class, RolesAllowed.class, DenyAll.class)
            .anyMatch(a -> method.isAnnotationPresent(a) || resource.isAnnotationPresent(a));
        if (endpoint && !marked) {
          unmarked.add(resource.getSimpleName() + "." + method.getName());
        }
      }
    }
    assertThat(unmarked).isEmpty();
  }

  private static List<Class<?>> resourceClasses() throws IOException, ClassNotFoundException {
    java.nio.file.Path classes = java.nio.file.Path.of("target", "classes");
    List<Class<?>> resources = new ArrayList<>();
    try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
      for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith("Resource.class")).toList()) {
        String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
        Class<?> type = Class.forName(name);
        if (type.isAnnotationPresent(Path.class)) {
          resources.add(type);
        }
      }
    }
    return resources;
  }
}
