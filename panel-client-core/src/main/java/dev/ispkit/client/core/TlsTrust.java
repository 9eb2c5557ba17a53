package dev.ispkit.client.core;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * Which server certificates a client accepts over https.
 *
 * <p>By default, the JDK's system trust store. A panel with a self-signed certificate is trusted by giving that
 * certificate (or the CA that signed it) as PEM, or a trust store file; then exactly those certificates are
 * trusted. Host names are always verified. There is deliberately no "trust everything" option: a panel login
 * carries an administrator's password.
 *
 * <pre>{@code
 * TlsTrust trust = TlsTrust.pemCertificates(Path.of("/etc/ispkit/dci-panel.pem"));
 * }</pre>
 *
 * <p>The certificates are read and checked when the trust is created, so a missing or unreadable file fails at
 * start-up with an {@link InvalidInputException}, not at the first call.
 */
public final class TlsTrust {
  private static final TlsTrust SYSTEM = new TlsTrust("system trust store", null);

  private final String description;
  private final X509TrustManager trustManager;

  private TlsTrust(String description, X509TrustManager trustManager) {
    this.description = description;
    this.trustManager = trustManager;
  }

  /** The JDK's default trust store: for panels with a certificate from a public CA. */
  public static TlsTrust systemDefault() {
    return SYSTEM;
  }

  /**
   * Trusts exactly the certificates in a PEM file (one or more {@code BEGIN CERTIFICATE} blocks).
   *
   * @param pemFile the file
   * @return the trust
   * @throws InvalidInputException when the file cannot be read or holds no certificate
   */
  public static TlsTrust pemCertificates(Path pemFile) {
    Objects.requireNonNull(pemFile, "pemFile");
    byte[] pem;
    try {
      pem = Files.readAllBytes(pemFile);
    } catch (IOException e) {
      throw new InvalidInputException("tlsTrust.pemFile", pemFile, "cannot be read: " + e.getMessage());
    }
    return fromPem("tlsTrust.pemFile", pemFile.toString(), pem);
  }

  /**
   * Trusts exactly the certificates in PEM text (one or more {@code BEGIN CERTIFICATE} blocks).
   *
   * @param pem the PEM text
   * @return the trust
   * @throws InvalidInputException when the text holds no certificate
   */
  public static TlsTrust pemCertificates(String pem) {
    if (pem == null || pem.isBlank()) {
      throw new InvalidInputException("tlsTrust.pem", pem, "must hold at least one certificate");
    }
    return fromPem("tlsTrust.pem", "PEM text", pem.getBytes(StandardCharsets.US_ASCII));
  }

  /**
   * Trusts the certificates of a trust store file.
   *
   * @param file the store, for example a {@code .p12} or {@code .jks} file
   * @param type the store type, for example {@code PKCS12} or {@code JKS}
   * @param password the store's password, or {@code null} when it has none
   * @return the trust
   * @throws InvalidInputException when the store cannot be opened or holds no certificate
   */
  public static TlsTrust trustStore(Path file, String type, char[] password) {
    Objects.requireNonNull(file, "file");
    if (type == null || type.isBlank()) {
      throw new InvalidInputException("tlsTrust.trustStoreType", type, "must name a key store type such as PKCS12");
    }
    KeyStore store;
    try (InputStream in = Files.newInputStream(file)) {
      store = KeyStore.getInstance(type);
      store.load(in, password);
    } catch (IOException | GeneralSecurityException e) {
      // The message of a wrong-password failure names no secret, only the file.
      throw new InvalidInputException("tlsTrust.trustStore", file, "cannot be opened as " + type + ": " + e.getMessage());
    }
    try {
      if (store.size() == 0) {
        throw new InvalidInputException("tlsTrust.trustStore", file, "holds no certificate");
      }
    } catch (GeneralSecurityException e) {
      throw new InvalidInputException("tlsTrust.trustStore", file, "cannot be read: " + e.getMessage());
    }
    return new TlsTrust("trust store " + file, trustManagerOf(store));
  }

  /**
   * The trust manager to install; empty for the system default, which the HTTP client then uses as it is.
   *
   * @return the trust manager, or empty
   */
  public Optional<X509TrustManager> trustManager() {
    return Optional.ofNullable(trustManager);
  }

  @Override
  public String toString() {
    return "TlsTrust{" + description + "}";
  }

  private static TlsTrust fromPem(String field, String source, byte[] pem) {
    Collection<? extends Certificate> certificates;
    try {
      certificates = CertificateFactory.getInstance("X.509").generateCertificates(new ByteArrayInputStream(pem));
    } catch (GeneralSecurityException e) {
      throw new InvalidInputException(field, source, "holds no readable certificate: " + e.getMessage());
    }
    if (certificates.isEmpty()) {
      throw new InvalidInputException(field, source, "holds no certificate");
    }
    try {
      KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
      store.load(null, null);
      int n = 0;
      for (Certificate certificate : certificates) {
        store.setCertificateEntry("ispkit-" + n++, certificate);
      }
      return new TlsTrust(certificates.size() + " PEM certificate(s) from " + source, trustManagerOf(store));
    } catch (IOException | GeneralSecurityException e) {
      throw new InvalidInputException(field, source, "cannot be turned into a trust store: " + e.getMessage());
    }
  }

  private static X509TrustManager trustManagerOf(KeyStore store) {
    try {
      TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      factory.init(store);
      for (TrustManager manager : factory.getTrustManagers()) {
        if (manager instanceof X509TrustManager) {
          return (X509TrustManager) manager;
        }
      }
      throw new IllegalStateException("the JDK gave no X509TrustManager");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK cannot build a trust manager", e);
    }
  }
}
