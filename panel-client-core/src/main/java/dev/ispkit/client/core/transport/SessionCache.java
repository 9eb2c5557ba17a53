package dev.ispkit.client.core.transport;

import dev.ispkit.client.core.PanelCallListener;
import dev.ispkit.client.core.PanelConnectionException;
import dev.ispkit.client.core.PanelErrorDetails;
import dev.ispkit.client.core.PanelException;
import dev.ispkit.client.core.PanelOutcome;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The one login session of a client facade, shared by all its threads: the session cache behind the auth v4 token
 * source of DCImanager 6 and VMmanager 6 and behind the BILLmanager session authenticator.
 *
 * <ul>
 *   <li><b>Reuse</b>: a session is used until the session storage period from its login has passed, or (where the
 *       panel ends idle sessions) until it has been idle for the idle limit.
 *   <li><b>Single flight</b>: however many threads need a session at once, one login runs; the others wait for it
 *       and take its session, or its failure.
 *   <li><b>A shared failure</b>: a failed login fails every caller that waited for it, and every caller that asks
 *       within {@link #FAILURE_SHARED_FOR} after it, without a new login. 64 threads and a panel answering the login
 *       with 500 make one login, not 64; repeated wrong-password logins, which panels may punish by locking the
 *       account or the address, are not made in a loop.
 *   <li><b>A bounded budget</b>: the login is one call under the retry policy (its pauses, its deadline); a caller
 *       waits for another's login at most until its own call's deadline.
 *   <li><b>Refusals</b>: {@link #refused(String)} forgets a session the panel refused, only if it is still the
 *       current one, so many refusals of one session cause one new login, and a late refusal of an old session
 *       never throws away a fresh one.
 * </ul>
 *
 * <p>Every session it gets is added to its transport's known secrets, so no log line or exception shows it. Each
 * login it makes is told to the transport's {@link PanelCallListener} with its cause (none yet, run out, refused).
 *
 * <pre>{@code
 * SessionCache sessions = SessionCache.create(transport, Duration.ofHours(1), this::login);
 * String token = sessions.current();
 * }</pre>
 */
public final class SessionCache {
  /** How long a failed login is handed to new callers instead of a new login. */
  public static final Duration FAILURE_SHARED_FOR = Duration.ofSeconds(5);

  private final Clock clock;
  private final Duration maxAge;
  private final Duration idleLimit;
  private final Supplier<String> login;
  private final KnownSecrets secrets;
  private final String panelName;
  private final PanelCallListener listener;
  private final ReentrantLock lock = new ReentrantLock();

  private Session session;
  /** Whether the panel refused the last session and no login has succeeded since: the next login is a re-login. */
  private boolean refusedSinceLogin;
  private CompletableFuture<Session> flight;
  private PanelException lastFailure;
  private Instant lastFailureAt;

  private SessionCache(PanelTransport transport, Duration idleLimit, Supplier<String> login) {
    this.clock = transport.config().clock();
    this.maxAge = transport.config().sessionStoragePeriod();
    this.idleLimit = idleLimit;
    this.login = Objects.requireNonNull(login, "login");
    this.secrets = transport.secrets();
    this.panelName = transport.panelName();
    this.listener = transport.callListener();
  }

  /**
   * A cache whose sessions last the configured session storage period from their login.
   *
   * @param transport the transport: its clock, session storage period and secrets
   * @param login logs in and returns the session (a token, a session id); throws a {@link PanelException}
   * @return the cache
   */
  public static SessionCache create(PanelTransport transport, Supplier<String> login) {
    return new SessionCache(transport, null, login);
  }

  /**
   * A cache whose sessions also end after being idle for a while, as BILLmanager's do after an hour.
   *
   * @param transport the transport
   * @param idleLimit how long a session may go unused
   * @param login logs in and returns the session
   * @return the cache
   */
  public static SessionCache create(PanelTransport transport, Duration idleLimit, Supplier<String> login) {
    return new SessionCache(transport, Objects.requireNonNull(idleLimit, "idleLimit"), login);
  }

  /**
   * The session to send now, logging in first (or waiting for the login another thread makes) when there is none
   * or it may have run out. Marks it used.
   *
   * @return the session
   * @throws PanelException the login's failure, shared by everyone who waited for it
   */
  public String current() {
    CompletableFuture<Session> waitFor;
    boolean mine = false;
    PanelCallListener.LoginCause cause = null;
    lock.lock();
    try {
      Instant now = clock.instant();
      if (session != null && session.usableAt(now, maxAge, idleLimit)) {
        session.lastUsed = now;
        return session.id;
      }
      if (lastFailure != null && now.isBefore(lastFailureAt.plus(FAILURE_SHARED_FOR))) {
        throw ErrorKind.copyOf(lastFailure, " (a login failed " + Duration.between(lastFailureAt, now).toMillis()
            + " ms ago; it is not repeated for " + FAILURE_SHARED_FOR.toSeconds() + " s)");
      }
      if (flight == null) {
        flight = new CompletableFuture<>();
        mine = true;
        cause = session != null ? PanelCallListener.LoginCause.EXPIRED
            : refusedSinceLogin ? PanelCallListener.LoginCause.REFUSED : PanelCallListener.LoginCause.FIRST;
      }
      waitFor = flight;
    } finally {
      lock.unlock();
    }
    if (mine) {
      return logIn(waitFor, cause);
    }
    return await(waitFor);
  }

  /**
   * The panel refused a session: forgets it if it is still the current one.
   *
   * @param refused the session the refused request carried
   */
  public void refused(String refused) {
    lock.lock();
    try {
      if (session != null && session.id.equals(refused)) {
        session = null;
        refusedSinceLogin = true;
      }
    } finally {
      lock.unlock();
    }
  }

  private String logIn(CompletableFuture<Session> flight, PanelCallListener.LoginCause cause) {
    Session fresh;
    PanelCallListener.Activity heard = listener.loginStart(panelName, cause);
    try {
      String id = login.get();
      secrets.addSession(id);
      fresh = new Session(id, clock.instant());
      heard.end(PanelOutcome.OK);
    } catch (RuntimeException | Error failure) {
      heard.end(PanelOutcomes.of(failure));
      lock.lock();
      try {
        this.flight = null;
        if (failure instanceof PanelException) {
          lastFailure = (PanelException) failure;
          lastFailureAt = clock.instant();
        }
      } finally {
        lock.unlock();
      }
      flight.completeExceptionally(failure);
      throw failure;
    }
    lock.lock();
    try {
      session = fresh;
      refusedSinceLogin = false;
      lastFailure = null;
      this.flight = null;
    } finally {
      lock.unlock();
    }
    flight.complete(fresh);
    return fresh.id;
  }

  private String await(CompletableFuture<Session> flight) {
    CallContext call = CallContext.current();
    Duration left = call == null ? null : call.remaining();
    try {
      Session joined = left == null
          ? flight.get()
          : flight.get(Math.max(left.toMillis(), OkHttpExchange.LAST_LOOK.toMillis()), TimeUnit.MILLISECONDS);
      lock.lock();
      try {
        joined.lastUsed = clock.instant();
      } finally {
        lock.unlock();
      }
      return joined.id;
    } catch (ExecutionException e) {
      Throwable failure = e.getCause();
      if (failure instanceof PanelException) {
        throw ErrorKind.copyOf((PanelException) failure, " (the login another caller made)");
      }
      if (failure instanceof RuntimeException) {
        throw (RuntimeException) failure;
      }
      throw (Error) failure;
    } catch (TimeoutException e) {
      throw new PanelConnectionException(panelName + ": the login another caller is making did not end within "
          + call.deadlineName(), PanelErrorDetails.none(), null);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PanelConnectionException(panelName + ": interrupted while waiting for a login",
          PanelErrorDetails.none(), e);
    }
  }

  @Override
  public String toString() {
    return "SessionCache[" + panelName + ", ****]";
  }

  private static final class Session {
    final String id;
    final Instant loggedIn;
    Instant lastUsed;

    Session(String id, Instant loggedIn) {
      this.id = id;
      this.loggedIn = loggedIn;
      this.lastUsed = loggedIn;
    }

    boolean usableAt(Instant now, Duration maxAge, Duration idleLimit) {
      return now.isBefore(loggedIn.plus(maxAge)) && (idleLimit == null || now.isBefore(lastUsed.plus(idleLimit)));
    }
  }
}
