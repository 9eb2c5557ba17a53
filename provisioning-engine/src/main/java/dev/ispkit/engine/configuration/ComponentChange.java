package dev.ispkit.engine.configuration;

import dev.ispkit.engine.InvalidSettingException;

/**
 * One step of turning a server's configuration into the ordered one: {@link Add add} a part, {@link Remove remove}
 * one, or {@link Replace replace} one by another. Each change carries its share of the match distance, so the
 * distance is explained by the changes.
 *
 * <p>{@link #describe()} is the line the build task shows, for example {@code add 32 GB RAM} or
 * {@code replace 2 x 1024 GB HDD by 2 x 1024 GB NVMe}.
 */
public sealed interface ComponentChange {

  /** How many parts change, at least 1 (memory and network count as one part). */
  int quantity();

  /** This change's share of the distance, by the {@link DistanceWeights} used. */
  double cost();

  /** The change in words for a build task. */
  String describe();

  /**
   * Put a part into the server.
   *
   * @param part the part to add
   * @param quantity how many
   * @param cost the share of the distance
   */
  record Add(Component part, int quantity, double cost) implements ComponentChange {
    /** Validates the values. */
    public Add {
      validate(part, quantity, cost);
    }

    @Override
    public String describe() {
      return "add " + times(quantity) + part.describe();
    }
  }

  /**
   * Take a part out of the server.
   *
   * @param part the part to remove
   * @param quantity how many
   * @param cost the share of the distance
   */
  record Remove(Component part, int quantity, double cost) implements ComponentChange {
    /** Validates the values. */
    public Remove {
      validate(part, quantity, cost);
    }

    @Override
    public String describe() {
      return "remove " + times(quantity) + part.describe();
    }
  }

  /**
   * Take a part out and put another one in its place.
   *
   * @param from the part taken out
   * @param to the part put in
   * @param quantity how many
   * @param cost the share of the distance
   */
  record Replace(Component from, Component to, int quantity, double cost) implements ComponentChange {
    /** Validates the values. */
    public Replace {
      validate(from, quantity, cost);
      InvalidSettingException.requirePresent("replacement part", to);
    }

    @Override
    public String describe() {
      return "replace " + times(quantity) + from.describe() + " by " + times(quantity) + to.describe();
    }
  }

  private static void validate(Component part, int quantity, double cost) {
    InvalidSettingException.requirePresent("part", part);
    InvalidSettingException.requireRange("quantity", quantity, 1, 1024, "");
    if (!(cost >= 0) || Double.isInfinite(cost)) {
      throw new InvalidSettingException("cost", cost, "must be a finite number, not negative");
    }
  }

  private static String times(int quantity) {
    return quantity == 1 ? "" : quantity + " x ";
  }
}
