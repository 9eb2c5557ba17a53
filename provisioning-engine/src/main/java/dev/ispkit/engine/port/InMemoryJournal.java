package dev.ispkit.engine.port;

import dev.ispkit.engine.InvalidSettingException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link Journal} in maps under one lock: every operation is short, and one lock makes begin atomic per service and
 * a lease atomic per run.
 */
final class InMemoryJournal implements Journal {
  private final Map<String, JournalRun> runs = new LinkedHashMap<>();
  private final Map<String, List<String>> runsByService = new HashMap<>();
  private final Map<String, Lease> leases = new HashMap<>();
  private final Clock clock;

  /** Who holds a run's lease, and until when. */
  private record Lease(String owner, Instant until) {}

  InMemoryJournal(Clock clock) {
    this.clock = clock;
  }

  @Override
  public synchronized JournalRun begin(JournalRun run) {
    InvalidSettingException.requirePresent("run", run);
    if (!run.entries().isEmpty()) {
      throw new InvalidSettingException("run", run.runId(), "must begin without entries");
    }
    if (runs.containsKey(run.runId())) {
      throw new InvalidSettingException("run id", run.runId(), "is taken");
    }
    for (String runId : runsByService.getOrDefault(run.serviceId(), List.of())) {
      JournalRun existing = runs.get(runId);
      if (!existing.isFinished()) {
        return existing;
      }
    }
    runs.put(run.runId(), run);
    runsByService.computeIfAbsent(run.serviceId(), service -> new ArrayList<>()).add(run.runId());
    return run;
  }

  @Override
  public synchronized void append(String runId, JournalEntry entry) {
    JournalRun run = runs.get(runId);
    if (run == null) {
      throw new InvalidSettingException("run id", runId, "is not in the journal");
    }
    if (run.isFinished()) {
      throw new InvalidSettingException("run id", runId, "has finished; nothing more is written to it");
    }
    runs.put(runId, run.append(entry));
  }

  @Override
  public synchronized Optional<JournalRun> run(String runId) {
    return Optional.ofNullable(runs.get(runId));
  }

  @Override
  public synchronized List<JournalRun> runs(String serviceId) {
    return runsByService.getOrDefault(serviceId, List.of()).stream().map(runs::get).toList();
  }

  @Override
  public synchronized Optional<JournalRun> lease(String runId, String owner, Duration duration) {
    InvalidSettingException.requireText("lease owner", owner);
    InvalidSettingException.requirePresent("lease duration", duration);
    if (duration.isNegative() || duration.isZero()) {
      throw new InvalidSettingException("lease duration", duration, "must be longer than zero");
    }
    JournalRun run = runs.get(runId);
    if (run == null || run.isFinished()) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    Lease held = leases.get(runId);
    if (held != null && !held.owner().equals(owner) && held.until().isAfter(now)) {
      return Optional.empty();
    }
    leases.put(runId, new Lease(owner, now.plus(duration)));
    return Optional.of(run);
  }

  @Override
  public synchronized void release(String runId, String owner) {
    Lease held = leases.get(runId);
    if (held != null && held.owner().equals(owner)) {
      leases.remove(runId);
    }
  }

  @Override
  public synchronized List<JournalRun> unfinished() {
    return runs.values().stream()
        .filter(run -> !run.isFinished())
        .sorted(Comparator.comparing(JournalRun::startedAt))
        .toList();
  }
}
