package dev.ispkit.vm6;

import dev.ispkit.client.core.transport.Listing;
import dev.ispkit.client.core.LoginKey;
import dev.ispkit.client.core.PanelCall;
import dev.ispkit.client.core.PanelConflictException;
import dev.ispkit.client.core.PanelErrorDetails;
import dev.ispkit.client.core.PanelListing;
import dev.ispkit.client.core.PanelResponseException;
import dev.ispkit.client.core.transport.Require;
import dev.ispkit.client.core.Where;
import dev.ispkit.client.core.transport.AuthV4LoginKeys;
import java.util.Optional;

/**
 * VMmanager's accounts ({@code /vm/v3/account}): the panel users that own virtual machines, and one-time login
 * links for them. The list calls ({@code list}, {@code stream}, {@code first}) come from {@link PanelListing}.
 *
 * <pre>{@code
 * long owner = vm6.accounts().findOrCreateUser(NewAccount.of(customer.email(), generatedPassword));
 * URI panelLink = vm6.accounts().loginKey(customer.email()).loginUrl();
 * }</pre>
 */
public final class Accounts extends Listing<Account> {
  private final Vm6Api api;
  private final AuthV4LoginKeys loginKeys;

  Accounts(Vm6Api api, AuthV4LoginKeys loginKeys) {
    super(api::accounts, Vm6.PAGE_SIZE);
    this.api = api;
    this.loginKeys = loginKeys;
  }

  /**
   * The account with an email ({@code GET /vm/v3/account?where=email EQ '...'}).
   *
   * @param email the email; the answer is checked again here, ignoring case
   * @return the account, or empty
   */
  public Optional<Account> findByEmail(String email) {
    String wanted = Require.email("email", email);
    return first(Where.field("email").eq(wanted), account -> account.email().equalsIgnoreCase(wanted));
  }

  /**
   * Creates an account with the role {@code @user} ({@code POST /vm/v3/account}).
   *
   * @param account the email and password
   * @return the new account's id
   */
  public long create(NewAccount account) {
    Vm6Api.ActionAnswer answer = api.createAccount(Require.present("account", account).toBody());
    if (answer == null || answer.id() == null || answer.id() <= 0) {
      throw new PanelResponseException(Vm6.NAME + " answered POST /vm/v3/account without the account's id",
          new PanelErrorDetails(200, null, null, new PanelCall("POST", "/vm/v3/account")), null);
    }
    return answer.id();
  }

  /**
   * The account a customer's VMs go to: the existing account with the email, or a new {@code @user} one. As
   * BILLmanager and ISPsystem's own WHMCS module do, an existing account is reused (its password is left as it
   * is), but never an administrator's.
   *
   * @param account the email, and the password for a new account
   * @return the account's id
   * @throws PanelConflictException when the email belongs to a VMmanager administrator
   */
  public long findOrCreateUser(NewAccount account) {
    Require.present("account", account);
    Optional<Account> existing = findByEmail(account.email());
    if (existing.isEmpty()) {
      return create(account);
    }
    if (existing.get().isAdmin()) {
      throw new PanelConflictException(Vm6.NAME + " account " + account.email().strip()
          + " is an administrator; a customer's VM is never given to one",
          new PanelErrorDetails(200, null, null, new PanelCall("GET", "/vm/v3/account")), null);
    }
    return existing.get().id();
  }

  /**
   * A one-time login link for a panel user ({@code POST /auth/v4/user/{email or id}/key}), what a billing
   * application's "Log in to VMmanager" button opens; the key is valid for about an hour.
   *
   * <p>The link is {@code <base URL>/auth/key-v4/<key>}: what ISPsystem's own VMmanager 6 billing module builds from
   * this very call, and the form DCImanager 6's knowledge base gives. VMmanager's knowledge base, in an article that
   * also covers the older auth v3 service, and other billing code write {@code <base URL>/auth/key/<key>}; for an
   * installation that only opens that form, build it from {@link LoginKey#key()}.
   *
   * @param emailOrId the user's email or numeric id
   * @return the key and its browser link
   */
  public LoginKey loginKey(String emailOrId) {
    return loginKeys.create(emailOrId);
  }
}
