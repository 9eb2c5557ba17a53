package dev.ispkit.micrometer;

/** The names of ispkit's observations, meters and tags: the list in this module's README, in one place. */
final class MeterNames {
  static final String PANEL_CALL = "ispkit.panel.call";
  static final String PANEL_CALL_RETRIES = "ispkit.panel.call.retries";
  static final String PANEL_LOGIN = "ispkit.panel.login";
  static final String PANEL_WAIT = "ispkit.panel.wait";
  static final String LIFECYCLE = "ispkit.lifecycle";
  static final String LIFECYCLE_STEP = "ispkit.lifecycle.step";
  static final String LIFECYCLE_NO_CAPACITY = "ispkit.lifecycle.no.capacity";
  static final String LIFECYCLE_WAITING = "ispkit.lifecycle.waiting";
  static final String QUEUE_DEPTH = "ispkit.queue.depth";
  static final String QUEUE_WAIT = "ispkit.queue.wait";
  static final String LICENSE_POOL_FREE = "ispkit.license.pool.free";
  static final String LICENSE_EVENTS = "ispkit.license.events";

  static final String PANEL = "panel";
  static final String CALL = "call";
  static final String OUTCOME = "outcome";
  static final String CAUSE = "cause";
  static final String KIND = "kind";
  static final String LIFECYCLE_TAG = "lifecycle";
  static final String STEP = "step";
  static final String QUEUE_NUMBER = "queue.number";
  static final String PRICELIST = "pricelist";
  static final String EVENT = "event";

  private MeterNames() {}
}
