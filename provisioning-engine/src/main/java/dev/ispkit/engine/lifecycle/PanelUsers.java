package dev.ispkit.engine.lifecycle;

import dev.ispkit.engine.port.DedicatedServerPanel;
import dev.ispkit.engine.port.PanelFailure;
import dev.ispkit.engine.port.VmPanel;
import java.util.Optional;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The customer's panel user (DCImanager user, VMmanager account), found by email or created, once. The email is the
 * marker: a resumed run finds the user it created. Two orders of one customer in this JVM create it one after the
 * other (the second finds the first's); across nodes, a creation the panel refuses because the email is taken is
 * followed by one more search.
 */
final class PanelUsers {
  private PanelUsers() {}

  static long dedicated(Run run, DedicatedServerPanel panel) {
    String email = run.order().customerEmail();
    return findOrCreate(run.environment().userLocks(), panel.panel(), email, () -> panel.findUser(email),
        () -> panel.createUser(email));
  }

  static long vm(Run run, VmPanel panel) {
    String email = run.order().customerEmail();
    return findOrCreate(run.environment().userLocks(), panel.panel(), email, () -> panel.findAccount(email),
        () -> panel.createAccount(email));
  }

  private static long findOrCreate(ConcurrentHashMap<String, Object> locks, String panel, String email,
      Supplier<Optional<Long>> find, LongSupplier create) {
    String key = panel + '\n' + email.toLowerCase(Locale.ROOT);
    Object lock = locks.computeIfAbsent(key, any -> new Object());
    synchronized (lock) {
      try {
        Optional<Long> found = find.get();
        if (found.isPresent()) {
          return found.get();
        }
        try {
          return create.getAsLong();
        } catch (PanelFailure failure) {
          if (failure.kind() != PanelFailure.Kind.REFUSED) {
            throw failure;
          }
          return find.get().orElseThrow(() -> failure);
        }
      } finally {
        locks.remove(key, lock);
      }
    }
  }
}
