/**
 * The BILLmanager license server client. Its facade and value types are the API; the Feign interface
 * ({@code BillmgrApi}) and the generated Immutables classes are package-private.
 *
 * <p>Nothing is opened: BILLmanager's answers are read from Jackson trees by the client's own code, so Jackson
 * never reflects on this module's classes.
 */
// Immutables' annotation jar has no module-info; its name is its Automatic-Module-Name.
@SuppressWarnings("requires-automatic")
module dev.ispkit.license {
  exports dev.ispkit.license;

  /** ClientConfig, Credentials and PanelException are in this module's API. */
  requires transitive dev.ispkit.client.core;
  requires feign.core;
  requires com.fasterxml.jackson.databind;
  requires org.slf4j;
  /** The value types' annotations: needed to compile them, never at run time (the jar is a provided dependency). */
  requires static org.immutables.value.annotations;
}
