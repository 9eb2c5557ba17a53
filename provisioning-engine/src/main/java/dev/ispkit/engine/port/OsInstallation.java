package dev.ispkit.engine.port;

import dev.ispkit.engine.InvalidSettingException;
import java.util.List;
import java.util.Optional;

/**
 * What to install on a dedicated server: the OS template and recipe by name (the adapter finds their ids in the
 * server's location), the root password, the host name and SSH keys. {@code toString()} never shows the password.
 *
 * @param osTemplate the template's name
 * @param recipe the recipe's name, empty for none
 * @param password the root (administrator) password
 * @param hostname the host name, empty for the panel's choice
 * @param sshKeys public SSH keys to install, may be empty
 */
public record OsInstallation(String osTemplate, Optional<String> recipe, String password, Optional<String> hostname,
    List<String> sshKeys) {

  /** Validates the values. */
  public OsInstallation {
    InvalidSettingException.requireText("OS template", osTemplate);
    InvalidSettingException.requirePresent("recipe", recipe);
    if (password == null || password.isBlank()) {
      throw new InvalidSettingException("password", null, "must not be blank");
    }
    InvalidSettingException.requirePresent("hostname", hostname);
    sshKeys = List.copyOf(InvalidSettingException.requireNoNulls("SSH keys", sshKeys));
  }

  @Override
  public String toString() {
    return "OsInstallation[osTemplate=" + osTemplate + ", recipe=" + recipe + ", password=****, hostname="
        + hostname + ", sshKeys=" + sshKeys.size() + "]";
  }
}
