package dev.ispkit.client.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of ispkit on the class path, as the build stamped it.
 *
 * <p>The clients send it in their {@code User-Agent} so that a panel's access log tells which ispkit version made a
 * call.
 */
public final class IspkitVersion {
  private static final String VERSION = load();

  private IspkitVersion() {}

  /** The ispkit version, for example {@code 0.1.0}. */
  public static String version() {
    return VERSION;
  }

  private static String load() {
    try (InputStream in = IspkitVersion.class.getResourceAsStream("ispkit.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read ispkit.properties from panel-client-core", e);
    }
  }
}
