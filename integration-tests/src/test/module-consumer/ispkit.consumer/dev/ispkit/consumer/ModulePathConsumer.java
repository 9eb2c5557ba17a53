package dev.ispkit.consumer;

import dev.ispkit.client.core.ClientConfig;
import dev.ispkit.client.core.Credentials;
import dev.ispkit.client.core.ListQuery;
import dev.ispkit.client.core.PanelNotFoundException;
import dev.ispkit.dci6.Dci6Client;
import dev.ispkit.dci6.Server;
import dev.ispkit.engine.configuration.ConfigurationLabelParser;
import dev.ispkit.engine.configuration.LabelReading;
import dev.ispkit.license.License;
import dev.ispkit.license.LicenseServerClient;
import dev.ispkit.vm6.Vm6Client;

/**
 * One call of each client through the module path, each printed as a line ModulePathTest checks: the answers are
 * read by Jackson into the clients' package-private Immutables classes through Feign proxies of package-private
 * interfaces, which is what a missing {@code opens} or {@code requires} breaks.
 *
 * <p>The panels' addresses and credentials come in environment variables, so no password is on a command line.
 */
public final class ModulePathConsumer {
  private ModulePathConsumer() {}

  public static void main(String[] args) throws Exception {
    String v6Url = System.getenv("ISPKIT_V6_URL");
    Credentials admin = Credentials.of(System.getenv("ISPKIT_V6_USER"), System.getenv("ISPKIT_V6_PASSWORD"));
    try (Dci6Client dci = Dci6Client.create(ClientConfig.builder().baseUrl(v6Url).credentials(admin).build())) {
      Server server = dci.servers().get(1);
      LabelReading reading = ConfigurationLabelParser.read(server.configuration());
      System.out.println("dci6 server " + server.id() + " " + server.name().orElse("") + " location "
          + server.locationId().orElse(-1L) + " configuration "
          + (reading instanceof LabelReading.Parsed ? "parsed" : "unparsed"));
      // list(...) is declared in transport's Listing, a package not exported to this module.
      System.out.println("dci6 servers listed " + dci.servers().list(ListQuery.all()).list().size());
      try {
        dci.servers().get(999_999);
        System.out.println("dci6 missing server found");
      } catch (PanelNotFoundException e) {
        System.out.println("dci6 missing server " + e.getClass().getSimpleName() + " " + e.httpStatus().orElse(-1));
      }
    }
    try (Vm6Client vm6 = Vm6Client.create(
        ClientConfig.builder().baseUrl(v6Url).apiPrefix("").credentials(admin).build())) {
      System.out.println("vm6 cluster 1 " + vm6.clusters().get(1).name());
    }
    try (LicenseServerClient licenses = LicenseServerClient.create(ClientConfig.builder()
        .baseUrl(System.getenv("ISPKIT_BILLMGR_URL"))
        .credentials(Credentials.of(System.getenv("ISPKIT_BILLING_USER"), System.getenv("ISPKIT_BILLING_PASSWORD")))
        .build())) {
      License first = licenses.list().get(0);
      System.out.println("license " + first.id() + " " + licenses.get(first.id()).name());
    }
    System.out.println("transport " + reflectiveUseOfTransport());
  }

  /** What an application gets when it reaches for the plumbing by reflection. */
  private static String reflectiveUseOfTransport() throws ReflectiveOperationException {
    try {
      Class.forName("dev.ispkit.client.core.transport.PanelJson").getMethod("newMapper").invoke(null);
      return "open";
    } catch (IllegalAccessException e) {
      return "closed";
    }
  }
}
