package dev.ispkit.engine.port;

import dev.ispkit.engine.InvalidSettingException;

/**
 * An OS template a panel offers, for a host's order form and for choosing the installation timeout.
 *
 * @param name the template's name as orders name it (the same in every location of a panel)
 * @param family Linux or Windows
 */
public record OsTemplateOffer(String name, OsFamily family) {
  /** Validates the values. */
  public OsTemplateOffer {
    InvalidSettingException.requireText("OS template", name);
    InvalidSettingException.requirePresent("OS family", family);
  }
}
