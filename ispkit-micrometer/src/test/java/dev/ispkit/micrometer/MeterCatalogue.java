package dev.ispkit.micrometer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ispkit.client.core.PanelCallListener;
import dev.ispkit.client.core.PanelOutcome;
import dev.ispkit.engine.license.ControlPanel;
import dev.ispkit.engine.license.ControlPanelCatalogue;
import dev.ispkit.engine.lifecycle.LicenseEvent;
import dev.ispkit.engine.lifecycle.NoCapacityCause;
import io.micrometer.common.KeyValue;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.observation.Observation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The meters and tags this module's README documents, and the closed set of each tag's values, as the tests check
 * them: every meter made is in the README's table with exactly its tags, and every tag value of every meter and
 * observation is in its set and carries nothing a caller or a panel gave (an id, a URL, an email, a secret).
 */
final class MeterCatalogue {
  private static final Pattern ROW = Pattern.compile("^\\| `([a-z.]+)` \\| ([^|]+) \\| ([^|]*) \\|");
  private static final Pattern TICKED = Pattern.compile("`([^`]+)`");
  private static final Pattern FEIGN_METHOD = Pattern.compile("(AuthV4|Dci6|Vm6|Billmgr)Api#[a-z][A-Za-z0-9]*"
      + "\\([A-Za-z0-9]*(,[A-Za-z0-9]+)*\\)");
  private static final Set<String> FUNCTIONS = Set.of("auth", "soft", "soft.edit", "soft.order.param",
      "soft.checkip", "soft.suspend", "soft.resume", "soft.delete", "service.prolong", "service.changepricelist");
  private static final Pattern STEP = Pattern.compile("[a-z]+(-[a-z]+)*");
  private static final Set<String> LIFECYCLES = Set.of("dedicated-open", "dedicated-suspend", "dedicated-resume",
      "dedicated-delete", "vps-open", "vps-suspend", "vps-resume", "vps-delete");

  /** Each documented meter's tag keys, from the README's table. */
  final Map<String, Set<String>> documented;
  private final int queueCount;

  /**
   * The catalogue, for engines whose modules have at most this many queues.
   *
   * @param queueCount the largest queue count of the modules in the test
   */
  MeterCatalogue(int queueCount) {
    this.queueCount = queueCount;
    this.documented = readme();
  }

  private static Map<String, Set<String>> readme() {
    List<String> lines;
    try {
      lines = Files.readAllLines(Path.of("README.md"));
    } catch (IOException e) {
      throw new UncheckedIOException("ispkit-micrometer/README.md", e);
    }
    Map<String, Set<String>> meters = new HashMap<>();
    boolean inMeters = false;
    for (String line : lines) {
      if (line.startsWith("## ")) {
        inMeters = line.equals("## Meters");
      }
      Matcher row = ROW.matcher(line);
      if (inMeters && row.find()) {
        Set<String> tags = new LinkedHashSet<>();
        Matcher ticked = TICKED.matcher(row.group(3));
        while (ticked.find()) {
          tags.add(ticked.group(1));
        }
        meters.put(row.group(1), tags);
      }
    }
    assertThat(meters).as("the README's meter table").hasSizeGreaterThan(10);
    return meters;
  }

  /** The values a tag of a meter (or observation) of this name may take. */
  Predicate<String> allowed(String meter, String tag) {
    switch (tag) {
      case MeterNames.PANEL:
        return Set.of("DCImanager 6", "VMmanager 6", "BILLmanager")::contains;
      case MeterNames.CALL:
        return value -> FEIGN_METHOD.matcher(value).matches() || FUNCTIONS.contains(value);
      case MeterNames.KIND:
        return Set.of("operation", "task", "license-key")::contains;
      case MeterNames.LIFECYCLE_TAG:
        return LIFECYCLES::contains;
      case MeterNames.STEP:
        return value -> STEP.matcher(value).matches() && value.length() <= 40;
      case MeterNames.QUEUE_NUMBER:
        return value -> value.equals("none") || value.matches("[0-9]{1,4}") && Integer.parseInt(value) < queueCount;
      case MeterNames.PRICELIST:
        return ControlPanelCatalogue.defaults().panels().stream().map(ControlPanel::internalName)
            .collect(Collectors.toSet())::contains;
      case MeterNames.EVENT:
        return tags(LicenseEvent.values(), LicenseEvent::tagValue)::contains;
      case "error":
        return Set.of("none", "FailedOutcome")::contains;
      case MeterNames.CAUSE:
        if (meter.startsWith(MeterNames.PANEL_LOGIN)) {
          return tags(PanelCallListener.LoginCause.values(), PanelCallListener.LoginCause::tagValue)::contains;
        }
        if (meter.equals(MeterNames.LIFECYCLE_NO_CAPACITY)) {
          return tags(NoCapacityCause.values(), NoCapacityCause::tagValue)::contains;
        }
        return tags(PanelOutcome.values(), PanelOutcome::tagValue)::contains;
      case MeterNames.OUTCOME:
        if (meter.startsWith(MeterNames.LIFECYCLE_STEP)) {
          return Set.of("done", "waiting", "finished", "failed", "abandoned")::contains;
        }
        if (meter.startsWith(MeterNames.LIFECYCLE)) {
          return Set.of("active", "suspended", "not-suspended", "deleted", "no-capacity", "waiting", "failed",
              "abandoned")::contains;
        }
        if (meter.equals(MeterNames.QUEUE_WAIT)) {
          return Set.of("started", "dropped")::contains;
        }
        return tags(PanelOutcome.values(), PanelOutcome::tagValue)::contains;
      default:
        return value -> false;
    }
  }

  private static <E> Set<String> tags(E[] values, java.util.function.Function<E, String> tag) {
    return Arrays.stream(values).map(tag).collect(Collectors.toSet());
  }

  /**
   * Checks every meter against the README's table and every tag value against its set and the given secrets.
   *
   * @param meters every meter of the registry
   * @param contexts every observation made
   * @param neverInATag texts no tag value may contain: the ids, emails, passwords and URLs the test used
   * @return the meter names seen, for the caller to check which it expected
   */
  Set<String> check(List<Meter> meters, List<Observation.Context> contexts, List<String> neverInATag) {
    List<String> problems = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (Meter meter : meters) {
      String name = meter.getId().getName();
      seen.add(name);
      Set<String> keys = meter.getId().getTags().stream().map(Tag::getKey).collect(Collectors.toSet());
      if (!documented.containsKey(name)) {
        problems.add("meter " + name + " is not in the README");
      } else if (!keys.equals(documented.get(name))) {
        problems.add("meter " + name + " has tags " + keys + ", the README says " + documented.get(name));
      }
      for (Tag tag : meter.getId().getTags()) {
        judge(name, tag.getKey(), tag.getValue(), neverInATag, problems);
      }
    }
    for (Observation.Context context : contexts) {
      for (KeyValue value : context.getLowCardinalityKeyValues()) {
        judge(context.getName(), value.getKey(), value.getValue(), neverInATag, problems);
      }
      for (KeyValue value : context.getHighCardinalityKeyValues()) {
        problems.add("observation " + context.getName() + " has a high-cardinality key value " + value);
      }
      judge(context.getName(), "contextual name", context.getContextualName(), neverInATag, problems);
    }
    assertThat(problems).isEmpty();
    return seen;
  }

  private void judge(String meter, String key, String value, List<String> neverInATag, List<String> problems) {
    if (!key.equals("contextual name") && !allowed(meter, key).test(value)) {
      problems.add(meter + " " + key + "=" + value + " is not in the tag's closed set");
    }
    if (value == null) {
      return;
    }
    if (value.contains("://") || value.contains("?") || value.contains("=") || value.contains("@")
        || value.contains("/")) {
      problems.add(meter + " " + key + "=" + value + " looks like a URL, a query or an email");
    }
    for (String secret : neverInATag) {
      if (value.contains(secret)) {
        problems.add(meter + " " + key + "=" + value + " contains '" + secret + "'");
      }
    }
  }
}
