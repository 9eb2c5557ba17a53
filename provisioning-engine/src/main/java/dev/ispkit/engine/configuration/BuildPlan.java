package dev.ispkit.engine.configuration;

import dev.ispkit.engine.InvalidSettingException;
import dev.ispkit.engine.inventory.Server;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the build department does to turn a server into the ordered configuration, and what the purchase department
 * buys for it, as task texts. The lifecycle opens the build task (and the purchase task when there is one) on the
 * task desk and continues when the host closes the build task.
 *
 * <pre>{@code
 * BuildPlan plan = candidate.buildPlan();
 * desk.open(buildDepartment, plan.buildTask());
 * plan.purchaseTask().ifPresent(text -> desk.open(purchaseDepartment, text));
 * }</pre>
 *
 * <p>A purchase is needed when parts are added or replaced: a replacement puts in a part the server does not have.
 * Parts taken out go to stock and are listed in the purchase task, so the parts department can use them first.
 *
 * @param server the server to build
 * @param current the server's configuration now
 * @param ordered the configuration to build
 * @param changes the changes in build order
 */
public record BuildPlan(Server server, Configuration current, Configuration ordered, List<ComponentChange> changes) {
  /** Validates the values and copies the changes. */
  public BuildPlan {
    InvalidSettingException.requirePresent("server", server);
    InvalidSettingException.requirePresent("current configuration", current);
    InvalidSettingException.requirePresent("ordered configuration", ordered);
    changes = List.copyOf(InvalidSettingException.requireNoNulls("changes", changes));
  }

  /**
   * The build task, for example:
   *
   * <pre>
   * Build server 17 (cs59019) into configuration i9-9900K-64Gb-2x1024NVMe.
   * Current configuration: i9-9900K-32Gb-2x1024HDD.
   * 1. add 32 GB RAM
   * 2. replace 2 x 1024 GB HDD by 2 x 1024 GB NVMe
   * Close this task when the server is built: provisioning continues then.
   * </pre>
   */
  public String buildTask() {
    StringBuilder text = new StringBuilder()
        .append("Build server ").append(serverName()).append(" into configuration ").append(ordered.name())
        .append(".\nCurrent configuration: ").append(current.name()).append(".\n");
    if (changes.isEmpty()) {
      text.append("Nothing to change: the server already has this configuration.\n");
    }
    for (int i = 0; i < changes.size(); i++) {
      text.append(i + 1).append(". ").append(changes.get(i).describe()).append('\n');
    }
    return text.append("Close this task when the server is built: provisioning continues then.").toString();
  }

  /**
   * The purchase task when parts must be bought, for example:
   *
   * <pre>
   * Purchase parts to build server 17 (cs59019) into configuration i9-9900K-64Gb-2x1024NVMe:
   * - 32 GB RAM
   * - 2 x 1024 GB NVMe
   * Parts taken out, to stock: 2 x 1024 GB HDD.
   * </pre>
   */
  public Optional<String> purchaseTask() {
    List<String> buy = new ArrayList<>();
    List<String> stock = new ArrayList<>();
    for (ComponentChange change : changes) {
      if (change instanceof ComponentChange.Add) {
        ComponentChange.Add add = (ComponentChange.Add) change;
        buy.add(times(add.quantity()) + add.part().describe());
      } else if (change instanceof ComponentChange.Replace) {
        ComponentChange.Replace replace = (ComponentChange.Replace) change;
        buy.add(times(replace.quantity()) + replace.to().describe());
        stock.add(times(replace.quantity()) + replace.from().describe());
      } else if (change instanceof ComponentChange.Remove) {
        ComponentChange.Remove remove = (ComponentChange.Remove) change;
        stock.add(times(remove.quantity()) + remove.part().describe());
      }
    }
    if (buy.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder text = new StringBuilder()
        .append("Purchase parts to build server ").append(serverName()).append(" into configuration ")
        .append(ordered.name()).append(":\n");
    for (String part : buy) {
      text.append("- ").append(part).append('\n');
    }
    if (stock.isEmpty()) {
      text.append("No parts are taken out.");
    } else {
      text.append("Parts taken out, to stock: ").append(String.join(", ", stock)).append('.');
    }
    return Optional.of(text.toString());
  }

  private String serverName() {
    return server.name().isEmpty() ? Long.toString(server.id()) : server.id() + " (" + server.name() + ")";
  }

  private static String times(int quantity) {
    return quantity == 1 ? "" : quantity + " x ";
  }
}
