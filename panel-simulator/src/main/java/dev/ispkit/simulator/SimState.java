package dev.ispkit.simulator;

import java.time.Instant;
import java.util.Random;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Everything the three panels hold, behind one lock: a request is handled start to end under it, so the panels
 * never see a half-made change, and scheduled effects (operations, tasks, keys, expiry) run before each request.
 */
final class SimState {
  final SimulatorOptions options;
  final SimulatorClock clock;
  final ReentrantLock lock = new ReentrantLock();
  /** For tokens, keys and other runtime ids; seeded apart from the generator so both stay reproducible. */
  final Random random;
  final Users users = new Users();
  final AuthService auth;
  final Inventory dci = new Inventory();
  final VmState vm;
  final Billing billing;

  SimState(SimulatorOptions options) {
    this.options = options;
    this.clock = options.clock();
    this.random = new Random(options.seed() * 31 + 7);
    this.auth = new AuthService(users, options.sessionPeriod(), random);
    User admin = users.add(options.adminEmail(), options.adminPassword(), "@admin");
    admin.fullName = "Administrator";
    InventoryGenerator.generate(options, dci, users);
    this.vm = new VmState(options, users);
    this.billing = new Billing(options, random);
  }

  Instant now() {
    return clock.now();
  }

  /** Runs what became due: ends operations and tasks, issues license keys, suspends expired licenses. */
  void advance() {
    Instant now = now();
    dci.advance(now);
    vm.advance(now);
    billing.advance(now);
  }
}
