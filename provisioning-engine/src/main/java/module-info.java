/**
 * The provisioning engine: pure Java 17 over values. It requires no module but java.base, so the compiler itself
 * refuses an import of the JDK's HTTP client or server, besides the enforcer rule and EngineStaysPureTest.
 */
module dev.ispkit.engine {
  exports dev.ispkit.engine;
  exports dev.ispkit.engine.availability;
  exports dev.ispkit.engine.configuration;
  exports dev.ispkit.engine.inventory;
  exports dev.ispkit.engine.license;
  exports dev.ispkit.engine.lifecycle;
  exports dev.ispkit.engine.module;
  exports dev.ispkit.engine.period;
  exports dev.ispkit.engine.port;
  exports dev.ispkit.engine.queue;
}
