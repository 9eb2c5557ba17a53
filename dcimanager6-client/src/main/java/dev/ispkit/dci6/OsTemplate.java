package dev.ispkit.dci6;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An OS template of a location, what an OS installation installs; also the server's {@code os_template} (the last
 * one installed). BILLmanager names a synchronised template {@code <repository>__<template>}; tags tie templates to
 * recipes.
 *
 * <pre>{@code
 * OsTemplate debian = dci.osTemplates().list(locationId).stream()
 *     .filter(t -> t.name().orElse("").startsWith("Debian 12")).findFirst().orElseThrow();
 * }</pre>
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableOsTemplate.class)
public abstract class OsTemplate implements PanelObject, Tagged {
  OsTemplate() {}

  /** A builder, for fakes and tests. */
  public static Builder builder() {
    return new Builder();
  }

  /** The panel's {@code os_family} as sent, a word {@link #osFamily()} may not know. */
  @JsonProperty("os_family")
  public abstract Optional<String> rawOsFamily();

  /**
   * Linux or Windows (inferred field, see {@code docs/panel-contract.md}); the caller picks the processing module's
   * installation timeout by it. {@link OsFamily#UNKNOWN} when the panel's word is unknown or missing ({@link
   * #rawOsFamily()} keeps the word, and is empty when the panel does not say).
   */
  public OsFamily osFamily() {
    return OsFamily.of(rawOsFamily().orElse(null));
  }

  /** Builds an {@link OsTemplate}. */
  public static final class Builder extends ImmutableOsTemplate.Builder {
    Builder() {}
  }
}
