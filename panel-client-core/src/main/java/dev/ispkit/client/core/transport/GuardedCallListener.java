package dev.ispkit.client.core.transport;

import dev.ispkit.client.core.PanelCallListener;
import dev.ispkit.client.core.PanelOutcome;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * The host's {@link PanelCallListener} with every exception it throws swallowed: a listener is the host's code, and
 * its failure must never become the call's. Wraps the per-call objects it returns the same way.
 */
final class GuardedCallListener implements PanelCallListener {
  private final PanelCallListener listener;

  private GuardedCallListener(PanelCallListener listener) {
    this.listener = listener;
  }

  /** The listener guarded; {@link PanelCallListener#NONE} as it is, so a client without one does no extra work. */
  static PanelCallListener of(PanelCallListener listener) {
    if (listener == null || listener == NONE) {
      return NONE;
    }
    return listener instanceof GuardedCallListener ? listener : new GuardedCallListener(listener);
  }

  @Override
  public Call callStart(String panel, String call) {
    // guard gives back Call.NONE or a GuardedCall: both are Calls.
    return (Call) guard(() -> listener.callStart(panel, call), Call.NONE);
  }

  @Override
  public Activity loginStart(String panel, LoginCause cause) {
    return guard(() -> listener.loginStart(panel, cause), Activity.NONE);
  }

  @Override
  public Activity waitStart(String panel, String kind) {
    return guard(() -> listener.waitStart(panel, kind), Activity.NONE);
  }

  private static Activity guard(Supplier<? extends Activity> start, Activity none) {
    try {
      Activity heard = start.get();
      return heard == null || heard == none ? none : new GuardedCall(heard);
    } catch (RuntimeException ignored) {
      return none;
    }
  }

  /** One call, login or wait of the host's listener, its exceptions swallowed. */
  private static final class GuardedCall implements Call {
    private final Activity heard;

    GuardedCall(Activity heard) {
      this.heard = heard;
    }

    @Override
    public void retry(PanelOutcome cause, Duration pause) {
      if (heard instanceof Call) {
        try {
          ((Call) heard).retry(cause, pause);
        } catch (RuntimeException ignored) {
          // The host's listener failing is not the call's failure.
        }
      }
    }

    @Override
    public void end(PanelOutcome outcome) {
      try {
        heard.end(outcome);
      } catch (RuntimeException ignored) {
        // The host's listener failing is not the call's failure.
      }
    }
  }
}
