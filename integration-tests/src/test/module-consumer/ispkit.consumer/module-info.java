/**
 * A program that uses ispkit the way an application on the module path does: it requires the published modules by
 * name and nothing else. ModulePathTest compiles it and runs it in a JVM of its own.
 */
module ispkit.consumer {
  requires dev.ispkit.dci6;
  requires dev.ispkit.vm6;
  requires dev.ispkit.license;
  requires dev.ispkit.engine;
}
