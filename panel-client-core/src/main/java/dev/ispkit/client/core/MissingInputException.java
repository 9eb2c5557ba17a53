package dev.ispkit.client.core;

/**
 * A required value was not given to a builder, or {@code null} was given where a value is required.
 *
 * <p>ispkit's request builders ({@code NewVm}, {@code OsInstallation}, {@code LicenseOrder}, ...) throw it in
 * place of a bare {@code NullPointerException} or {@code IllegalStateException}, so one {@code catch
 * (InvalidInputException e)} covers every refused input and {@link #field()} names what to fix.
 *
 * <pre>{@code
 * try {
 *   OsInstallation.builder().osTemplate(12).build();
 * } catch (MissingInputException e) {
 *   e.field(); // "password"
 * }
 * }</pre>
 */
public class MissingInputException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception for one or more missing fields.
   *
   * @param fields the fields without a value, as the builder names them
   */
  public MissingInputException(String... fields) {
    super(String.join(", ", fields), null, fields.length == 1 ? "must be set" : "must all be set");
  }
}
