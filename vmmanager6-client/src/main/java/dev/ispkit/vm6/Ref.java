package dev.ispkit.vm6;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A reference from one panel object to another, as VMmanager nests it: the other object's id and, where the panel
 * gives it, its name ({@code {"id":1,"name":"kvm-cluster"}}).
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableRef.class)
public abstract class Ref {
  Ref() {}

  /** The referenced object's id. */
  public abstract long id();

  /** The referenced object's name, when the panel gives it. */
  public abstract Optional<String> name();
}
