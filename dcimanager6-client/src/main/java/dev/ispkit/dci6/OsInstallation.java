package dev.ispkit.dci6;

import dev.ispkit.client.core.transport.Require;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What to install on a server ({@code POST /dci/v3/server/{id}/install}, inferred, see {@code
 * docs/panel-contract.md}): an OS template of the server's location, the root or Administrator password, and
 * optionally a host name, a recipe, SSH keys and, for Windows, a license key. The password and the license key are
 * never printed.
 *
 * <pre>{@code
 * OsInstallation debian = OsInstallation.builder()
 *     .osTemplate(template.id())
 *     .password(rootPassword)
 *     .hostname("server1.example.com")
 *     .recipe(recipeId)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class OsInstallation {
  OsInstallation() {}

  /** A builder; {@link Builder#osTemplate(long)} and {@link Builder#password(String)} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The OS template's id. */
  public abstract long osTemplate();

  /** The root (Linux) or Administrator (Windows) password. */
  @Value.Redacted
  public abstract String password();

  /** The server's host name, sent as {@code domain}. */
  public abstract Optional<String> hostname();

  /** The recipe to run after the installation. */
  public abstract Optional<Long> recipe();

  /** Public SSH keys to authorise. */
  public abstract List<String> sshKeys();

  /** A Windows license key, for Windows templates only. */
  @Value.Redacted
  public abstract Optional<String> windowsLicenseKey();

  @Value.Check
  void check() {
    Require.id("osTemplate", osTemplate());
    Require.secretLine("password", password());
    hostname().ifPresent(hostname -> Require.hostname("hostname", hostname));
    recipe().ifPresent(recipe -> Require.id("recipe", recipe));
    sshKeys().forEach(key -> Require.notBlank("sshKeys", key));
    windowsLicenseKey().ifPresent(key -> Require.secretLine("windowsLicenseKey", key));
  }

  /** Builds an {@link OsInstallation}. */
  public static final class Builder extends ImmutableOsInstallation.Builder {
    Builder() {}
  }
}
