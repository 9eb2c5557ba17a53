package dev.ispkit.dci6;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One stage of a running operation, an element of its {@code progress_info}: what a progress listener shows while
 * an OS installation or diagnostics takes its tens of minutes. The docs show the list but not its elements; ispkit
 * reads {@code name} and {@code status} (inferred, see {@code docs/panel-contract.md}).
 *
 * <pre>{@code
 * operation.progressInfo().forEach(step ->
 *     log.info("{}: {}", step.name().orElse("?"), step.status().orElse("?")));
 * }</pre>
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableProgressStep.class)
public abstract class ProgressStep {
  ProgressStep() {}

  /** A builder, for fakes and tests. */
  public static Builder builder() {
    return new Builder();
  }

  /** The stage's name, for example {@code install_os}. */
  @JsonProperty("name")
  public abstract Optional<String> name();

  /** The stage's status as the panel writes it, for example {@code ok}, {@code running}, {@code new}. */
  @JsonProperty("status")
  public abstract Optional<String> status();

  /** Builds a {@link ProgressStep}. */
  public static final class Builder extends ImmutableProgressStep.Builder {
    Builder() {}
  }
}
