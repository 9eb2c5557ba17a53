package dev.ispkit.simulator;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** The faults waiting to hit calls, each with what is left of its count; the first injected that matches wins. */
final class FaultPlan {
  private static final class Armed {
    final Fault fault;
    int left;

    Armed(Fault fault) {
      this.fault = fault;
      this.left = fault.times();
    }
  }

  private final List<Armed> armed = new ArrayList<>();

  synchronized void add(Fault fault) {
    armed.add(new Armed(fault));
  }

  synchronized void clear() {
    armed.clear();
  }

  synchronized Fault take(Request request) {
    for (Iterator<Armed> it = armed.iterator(); it.hasNext();) {
      Armed a = it.next();
      if (a.fault.matches(request)) {
        if (a.left != Integer.MAX_VALUE && --a.left == 0) {
          it.remove();
        }
        return a.fault;
      }
    }
    return null;
  }

  synchronized List<Fault> pending() {
    List<Fault> out = new ArrayList<>();
    for (Armed a : armed) {
      out.add(a.fault);
    }
    return out;
  }
}
