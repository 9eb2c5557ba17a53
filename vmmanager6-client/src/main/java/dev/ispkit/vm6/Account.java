package dev.ispkit.vm6;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * A VMmanager 6 account (a panel user): the owner of virtual machines. A billing application gives each of its
 * customers one, with the role {@code @user}.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableAccount.class)
public abstract class Account {
  /** The role of VMmanager's administrators. */
  public static final String ADMIN_ROLE = "@admin";
  /** The role of the accounts a billing application creates for its customers. */
  public static final String USER_ROLE = "@user";

  Account() {}

  /** The account's id, what {@link NewVm.Builder#accountId(long)} and {@link Vms#changeOwner} take. */
  public abstract long id();

  /** The account's email, its login. */
  @Value.Default
  public String email() {
    return "";
  }

  /** The account's state, as the panel words it (for example {@code active}). */
  public abstract Optional<String> state();

  /** Where the account authenticates, as the panel words it. */
  @JsonProperty("auth_source")
  public abstract Optional<String> authSource();

  /** The account's roles, for example {@code @user} or {@code @admin}. */
  public abstract List<String> roles();

  /** The ids of the virtual machines it owns. */
  @JsonProperty("host_ids")
  public abstract List<Long> hostIds();

  /** How many virtual machines it owns. */
  @JsonProperty("host_count")
  public abstract OptionalInt hostCount();

  /** How many CPUs its machines have in all. */
  @JsonProperty("cpu_count")
  public abstract OptionalInt cpuCount();

  /** How much RAM its machines have in all, in MiB. */
  @JsonProperty("ram_mib")
  public abstract OptionalLong ramMib();

  /** How much disk its machines have in all, in MiB. */
  @JsonProperty("hdd_mib")
  public abstract OptionalLong hddMib();

  /** Whether the account is one of VMmanager's administrators (a role containing {@code @admin}). */
  public boolean isAdmin() {
    return roles().stream().anyMatch(role -> role.contains(ADMIN_ROLE));
  }

  /** Every field of the panel's answer this class does not map, as JSON. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> otherFields();
}
