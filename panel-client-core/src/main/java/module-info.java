/**
 * ispkit's panel client core: what users of the clients touch ({@code dev.ispkit.client.core}) and the HTTP plumbing
 * the three clients are built on ({@code dev.ispkit.client.core.transport}), which only they can read.
 *
 * <p>On the class path this descriptor is ignored and transport is a public package whose package Javadoc says it is
 * not API; on the module path the qualified export below holds it shut, at compile time and against reflection.
 * Why each line is here, and what was tried on JDK 17 and 25: panel-client-core/README.md, "Modules".
 */
@SuppressWarnings({
    // The three clients are compiled after core: javac cannot find the targets of the qualified export yet.
    "module",
    // okio and Immutables' annotations ship no module-info; their names are their Automatic-Module-Name entries.
    "requires-automatic", "requires-transitive-automatic"})
module dev.ispkit.client.core {
  exports dev.ispkit.client.core;
  /**
   * Public only because the clients live in other modules and packages: PanelTransport, Listing, PanelJson,
   * PanelValueStyle, Require, OpenEnums... An application building on them would break on any release.
   */
  exports dev.ispkit.client.core.transport to dev.ispkit.dci6, dev.ispkit.vm6, dev.ispkit.license;
  /**
   * Jackson writes the auth v4 login body and reads its answers: records nested in the package-private AuthV4Api,
   * which it can only reach by deep reflection. Nothing else reflects on core.
   */
  opens dev.ispkit.client.core.transport to com.fasterxml.jackson.databind;

  requires feign.core;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires okhttp3;
  /** OkHttpExchange reads answers through Okio's buffers; okio-jvm is an automatic module named "okio". */
  requires okio;
  requires org.slf4j;
  /**
   * The value types' annotations (ClientConfig, RetryPolicy... are Immutables types): part of their compiled API,
   * never needed at run time, so an application need not put the jar on its module path.
   */
  requires static org.immutables.value.annotations;
}
