package vn.langnghe.market.platform;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Reads the deployed static files once at start (the folders of {@link Assets#FOLDERS} and the
 * pages at the root) and installs their content hashes ({@link Assets}).
 */
@WebListener
public class AssetsInstaller implements ServletContextListener {

  @Override
  public void contextInitialized(ServletContextEvent event) {
    ServletContext context = event.getServletContext();
    Map<String, byte[]> files = new HashMap<>();
    collect(context, "/", files);
    Assets.install(new Assets(files));
  }

  private static void collect(ServletContext context, String folder, Map<String, byte[]> files) {
    Set<String> paths = context.getResourcePaths(folder);
    if (paths == null) {
      return;
    }
    for (String path : paths) {
      if (path.endsWith("/")) {
        if (!folder.equals("/") || Assets.FOLDERS.contains(path)) {
          collect(context, path, files);
        }
      } else if (!folder.equals("/") || path.endsWith(".html")) {
        try (InputStream in = context.getResourceAsStream(path)) {
          if (in != null) {
            files.put(path, in.readAllBytes());
          }
        } catch (IOException e) {
          throw new UncheckedIOException("could not read " + path, e);
        }
      }
    }
  }
}
