package dev.ispkit.dci6;

import dev.ispkit.client.core.OperationFailedException;
import dev.ispkit.client.core.OperationTimeoutException;
import dev.ispkit.client.core.PanelCall;
import dev.ispkit.client.core.PanelErrorDetails;
import dev.ispkit.client.core.PanelResponseException;
import dev.ispkit.client.core.transport.Require;
import dev.ispkit.client.core.WaitOptions;
import dev.ispkit.client.core.transport.OperationPoller;
import dev.ispkit.client.core.transport.PanelTransport;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The panel's long operations: diagnostics (with disk cleanup), OS installation, reading and stopping an operation,
 * and waiting for one to end with a timeout, a progress listener and a fast failure.
 *
 * <p>The start, read and stop endpoints are inferred ({@code POST /dci/v3/server/{id}/diag}, {@code POST
 * /dci/v3/server/{id}/install}, {@code GET /dci/v3/operation/{id}}, {@code POST /dci/v3/operation/{id}/stop}), see
 * {@code docs/panel-contract.md}. A wait reads the operation every poll interval, gives every read to the listener
 * (its {@link Operation#progressInfo()} is the panel's progress), returns when it is {@code ok}, and throws {@link
 * OperationFailedException} at the first read that says it failed, not at the timeout.
 *
 * <p>Where the server is known ({@link #awaitOnServer}, and so {@link #diagnoseAndWait}, {@link #installAndWait} and
 * {@link #stopRunning}) a wait reads the server, {@code GET /dci/v3/server/{id}}, whose {@code operation} field
 * (id, status, {@code status_info}, {@code progress_info}) is confirmed by the panel's docs and production answers:
 * the one inferred path is then needed only when the server no longer shows the operation (it shows none, or a
 * newer one), and then once, to learn how the operation ended.
 *
 * <pre>{@code
 * WaitOptions diagWait = WaitOptions.builder()
 *     .timeout(Duration.ofMinutes(diagTimeoutMinutes))
 *     .pollInterval(Duration.ofSeconds(20))
 *     .build();
 * Operation done = dci.operations().diagnoseAndWait(serverId, true, diagWait,
 *     op -> listener.progress("diagnostics: " + op.describe()));
 * }</pre>
 */
public final class Operations {
  private static final Logger LOG = LoggerFactory.getLogger(Operations.class);

  private final Dci6Api api;
  private final PanelTransport transport;

  Operations(Dci6Api api, PanelTransport transport) {
    this.api = api;
    this.transport = transport;
  }

  /**
   * Starts diagnostics. Inferred: {@code POST /dci/v3/server/{id}/diag} {@code {"clear_disks": true|false}} answering
   * {@code {"id": <operation id>}}, see {@code docs/panel-contract.md}.
   *
   * @param serverId the server
   * @param clearDisks whether diagnostics also wipes the disks (what deleting a service asks for)
   * @return the operation's id
   */
  public long diagnostics(long serverId, boolean clearDisks) {
    Require.id("serverId", serverId);
    return operationId(api.diag(serverId, new Dci6Api.DiagBody(clearDisks)), "diag", serverId);
  }

  /**
   * Starts diagnostics and waits for them to end well (see {@link #diagnostics(long, boolean)}, inferred, and {@link
   * #awaitOnServer(long, long, WaitOptions, Consumer)}, which reads the server).
   *
   * @param serverId the server
   * @param clearDisks whether diagnostics also wipes the disks
   * @param options the wait, typically the module's {@code diagtimeout}
   * @param progress told of every read of the operation; may be null
   * @return the operation as last read, status {@code ok}
   * @throws OperationFailedException as soon as the panel reports failure or cancellation
   * @throws OperationTimeoutException when the timeout passes first
   */
  public Operation diagnoseAndWait(long serverId, boolean clearDisks, WaitOptions options,
      Consumer<? super Operation> progress) {
    Require.present("options", options);
    return awaitOnServer(serverId, diagnostics(serverId, clearDisks), options, progress);
  }

  /**
   * Starts an OS installation. Inferred: {@code POST /dci/v3/server/{id}/install} {@code {"os_template", "password",
   * "domain", "recipe", "ssh_keys", "windows_license_key"}} answering {@code {"id": <operation id>}}, see {@code
   * docs/panel-contract.md}.
   *
   * @param serverId the server
   * @param installation what to install
   * @return the operation's id
   */
  public long install(long serverId, OsInstallation installation) {
    Require.id("serverId", serverId);
    Require.present("installation", installation);
    Dci6Api.InstallBody body = new Dci6Api.InstallBody(installation.osTemplate(), installation.password(),
        installation.hostname().orElse(null), installation.recipe().orElse(null), installation.sshKeys(),
        installation.windowsLicenseKey().orElse(null));
    return operationId(api.install(serverId, body), "install", serverId);
  }

  /**
   * Installs an OS and waits for the installation to end well: {@link #install(long, OsInstallation)} (inferred, see
   * {@code docs/panel-contract.md}), then {@link #awaitOnServer}, which reads the server.
   *
   * <p>How long to wait is the caller's decision: a processing module has one installation timeout for Linux
   * templates and one for Windows templates ({@code installtimeout_linux}, {@code installtimeout_windows}), and the
   * template's family is {@link OsTemplate#osFamily()} ({@link OsTemplates#find(long, long)}).
   *
   * <pre>{@code
   * OsFamily family = dci.osTemplates().find(locationId, templateId).map(OsTemplate::osFamily)
   *     .orElse(OsFamily.UNKNOWN);
   * WaitOptions wait = family == OsFamily.WINDOWS ? windowsInstallWait : linuxInstallWait;
   * Operation installed = dci.operations().installAndWait(serverId, installation, wait, progress);
   * }</pre>
   *
   * @param serverId the server
   * @param installation what to install
   * @param options the wait
   * @param progress told of every read of the operation; may be null
   * @return the operation as last read, status {@code ok}
   * @throws OperationFailedException as soon as the panel reports failure or cancellation
   * @throws OperationTimeoutException when the timeout passes first
   */
  public Operation installAndWait(long serverId, OsInstallation installation, WaitOptions options,
      Consumer<? super Operation> progress) {
    Require.present("options", options);
    return awaitOnServer(serverId, install(serverId, installation), options, progress);
  }

  /**
   * Reads an operation. Inferred: {@code GET /dci/v3/operation/{id}}, see {@code docs/panel-contract.md}.
   *
   * @param operationId the operation
   * @return the operation
   */
  public Operation get(long operationId) {
    return api.operation(Require.id("operationId", operationId));
  }

  /**
   * Asks the panel to stop an operation. Inferred: {@code POST /dci/v3/operation/{id}/stop} {@code {}}, see {@code
   * docs/panel-contract.md}.
   *
   * @param operationId the operation
   */
  public void stop(long operationId) {
    api.stopOperation(Require.id("operationId", operationId), Map.of());
  }

  /**
   * Stops the server's running operation, if it has one, and waits until it has ended in any way (stopped, or
   * finished meanwhile): the step of the delete lifecycle before IPs and owner are taken away. Reads the server,
   * then the inferred stop and operation reads (see {@code docs/panel-contract.md}).
   *
   * @param serverId the server
   * @param options the wait for the operation to end
   * @return the stopped operation as last read, or empty when none was running
   * @throws OperationTimeoutException when it has not ended within the timeout
   */
  public Optional<Operation> stopRunning(long serverId, WaitOptions options) {
    Require.id("serverId", serverId);
    Require.present("options", options);
    Optional<Operation> running = api.server(serverId).operation().filter(op -> !op.isEnded());
    if (running.isEmpty()) {
      return Optional.empty();
    }
    long operationId = running.get().id();
    stop(operationId);
    return Optional.of(poll(operationId, readOnServer(serverId, operationId), options, null,
        op -> op.isEnded() ? OperationPoller.Outcome.SUCCEEDED : OperationPoller.Outcome.RUNNING));
  }

  /**
   * Waits for an operation to end well: returns at {@code ok}; throws {@link OperationFailedException} at the first
   * read that says failed (or canceled), not at the timeout; throws {@link OperationTimeoutException} when the
   * timeout passes first. Every read goes to the listener, the first one at once. Reads with the inferred {@code GET
   * /dci/v3/operation/{id}}, see {@code docs/panel-contract.md}.
   *
   * @param operationId the operation
   * @param options timeout and poll interval
   * @param progress told of every read; may be null; an exception it throws ends the wait
   * @return the operation as last read, status {@code ok}
   */
  public Operation await(long operationId, WaitOptions options, Consumer<? super Operation> progress) {
    Require.id("operationId", operationId);
    Require.present("options", options);
    return poll(operationId, () -> api.operation(operationId), options, progress, Operations::outcome);
  }

  /**
   * Waits for an operation of a server to end well, reading the server: what {@link #await(long, WaitOptions,
   * Consumer)} does, but each read is {@code GET /dci/v3/server/{id}} (confirmed) and takes the server's {@code
   * operation} while it is this one. When the server shows no operation or another one, the operation has ended and
   * the panel has moved on: one read of the inferred {@code GET /dci/v3/operation/{id}} then says how it ended (a
   * panel without that path answers 404, which ends the wait with {@link
   * dev.ispkit.client.core.PanelNotFoundException} rather than a guess).
   *
   * @param serverId the server the operation runs on
   * @param operationId the operation, as the call that started it answered
   * @param options timeout and poll interval
   * @param progress told of every read; may be null; an exception it throws ends the wait
   * @return the operation as last read, status {@code ok}
   * @throws OperationFailedException as soon as the panel reports failure or cancellation
   * @throws OperationTimeoutException when the timeout passes first
   */
  public Operation awaitOnServer(long serverId, long operationId, WaitOptions options,
      Consumer<? super Operation> progress) {
    Require.id("serverId", serverId);
    Require.id("operationId", operationId);
    Require.present("options", options);
    return poll(operationId, readOnServer(serverId, operationId), options, progress, Operations::outcome);
  }

  private Supplier<Operation> readOnServer(long serverId, long operationId) {
    return () -> api.server(serverId).operation()
        .filter(op -> op.id() == operationId)
        .orElseGet(() -> api.operation(operationId));
  }

  private Operation poll(long operationId, Supplier<Operation> read, WaitOptions options,
      Consumer<? super Operation> progress, Function<Operation, OperationPoller.Outcome> outcome) {
    String what = Dci6.NAME + " operation " + operationId;
    Consumer<Operation> listener = op -> {
      LOG.debug("{}: {}", what, op.describe());
      if (progress != null) {
        progress.accept(op);
      }
    };
    return OperationPoller.await(transport, "operation", what, read, outcome, Operation::describe, options,
        listener);
  }

  // Canceled counts as failure for a wait that wanted the operation done: the server did not get its OS or its
  // diagnostics. Any status that is not an end (new, running, one ispkit does not know, or none) keeps the wait
  // going.
  private static OperationPoller.Outcome outcome(Operation operation) {
    OperationStatus status = operation.status();
    if (status.isSucceeded()) {
      return OperationPoller.Outcome.SUCCEEDED;
    }
    if (status.isFailed() || status.isCanceled()) {
      return OperationPoller.Outcome.FAILED;
    }
    return OperationPoller.Outcome.RUNNING;
  }

  private static long operationId(Dci6Api.IdAnswer answer, String command, long serverId) {
    if (answer == null || answer.id() == null) {
      throw new PanelResponseException(Dci6.NAME + " started " + command + " on server " + serverId
          + " but gave no operation id",
          PanelErrorDetails.noAnswer(new PanelCall("POST", "/dci/v3/server/" + serverId + "/" + command)), null);
    }
    return answer.id();
  }
}
