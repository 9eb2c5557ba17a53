package dev.ispkit.vm6;

import dev.ispkit.client.core.transport.Require;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * An OS reinstallation ({@code POST /vm/v3/host/{id}/reinstall}): the template, and usually a new root password.
 * Everything on the disk is lost.
 *
 * <pre>{@code
 * VmInstallation again = vm6.vms().reinstall(vmId, Reinstall.builder().osId(25).password(newPassword).build());
 * }</pre>
 */
@Value.Immutable
public abstract class Reinstall {
  Reinstall() {}

  /** A builder; {@link Builder#osId(long)} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The OS template to install. */
  public abstract long osId();

  /** The new root password; the panel keeps or generates one when empty. */
  @Value.Redacted
  public abstract Optional<String> password();

  /** The disk to install on; the VM's main disk when empty. */
  public abstract OptionalLong diskId();

  /** The recipes to run once the OS is installed. */
  public abstract List<RecipeRun> recipes();

  /** How VMmanager mails the owner about it (for example {@code default}); the panel's default when empty. */
  public abstract Optional<String> sendEmailMode();

  @Value.Check
  void check() {
    Require.id("osId", osId());
    password().ifPresent(password -> Require.secret("password", password));
    diskId().ifPresent(id -> Require.id("diskId", id));
    sendEmailMode().ifPresent(mode -> Require.notBlank("sendEmailMode", mode));
  }

  Map<String, Object> toBody() {
    return new JsonBody()
        .put("os", osId())
        .put("password", password())
        .put("send_email_mode", sendEmailMode())
        .put("disk", diskId())
        .putNonEmpty("recipe_list", recipes().stream().map(RecipeRun::toBody).toList())
        .toMap();
  }

  /** Builds a {@link Reinstall}. */
  public static final class Builder extends ImmutableReinstall.Builder {
    Builder() {}
  }
}
