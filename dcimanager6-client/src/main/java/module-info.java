/**
 * The DCImanager 6 client. Its facade and value types are the API; the Feign interface ({@code Dci6Api}) and the
 * generated Immutables classes are package-private.
 */
@SuppressWarnings({
    // "6" is the panel's generation, not a version number, and the name is the Automatic-Module-Name of 0.1.
    "module",
    // Immutables' annotation jar has no module-info; its name is its Automatic-Module-Name.
    "requires-automatic"})
module dev.ispkit.dci6 {
  exports dev.ispkit.dci6;
  /**
   * Jackson reads the panel's answers into the generated, package-private ImmutableServer, ImmutableOperation...
   * (through their package-private {@code fromJson} creators) and writes the package-private request bodies: deep
   * reflection, which a plain export does not allow.
   */
  opens dev.ispkit.dci6 to com.fasterxml.jackson.databind;

  /** ClientConfig, Credentials, PanelException and PanelListing are in this module's API. */
  requires transitive dev.ispkit.client.core;
  requires feign.core;
  requires com.fasterxml.jackson.databind;
  requires org.slf4j;
  /** The value types' annotations: needed to compile them, never at run time (the jar is a provided dependency). */
  requires static org.immutables.value.annotations;
}
