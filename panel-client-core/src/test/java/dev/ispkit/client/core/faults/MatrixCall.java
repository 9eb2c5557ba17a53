package dev.ispkit.client.core.faults;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One column's call in a fault matrix: the endpoint the fault is made on and its normal answer, what else the
 * panel must answer for the call (the first page of a list), the call itself, and the secrets it carries.
 *
 * <pre>{@code
 * MatrixCall.of(() -> get(urlPathEqualTo("/api/dci/v3/server/3241")), SERVER_JSON, dci -> dci.servers().get(3241))
 * }</pre>
 *
 * @param endpoint makes a fresh stub matching the faulted request (a fault may need several stubs)
 * @param answer the endpoint's normal answer, JSON with status 200
 * @param alongside other stubs the call needs, answered normally
 * @param action the call
 * @param secrets what the call sends or receives that must never show (a new password, a license key)
 * @param <C> the client facade
 */
public record MatrixCall<C>(Supplier<MappingBuilder> endpoint, String answer, List<MappingBuilder> alongside,
    Consumer<C> action, List<String> secrets) {
  /** Checks the parts. */
  public MatrixCall {
    Objects.requireNonNull(endpoint, "endpoint");
    Objects.requireNonNull(answer, "answer");
    alongside = List.copyOf(alongside);
    Objects.requireNonNull(action, "action");
    secrets = List.copyOf(secrets);
  }

  /**
   * A call with nothing alongside and no secrets of its own.
   *
   * @param endpoint makes a fresh stub of the faulted request
   * @param answer its normal answer
   * @param action the call
   * @param <C> the client facade
   * @return the call
   */
  public static <C> MatrixCall<C> of(Supplier<MappingBuilder> endpoint, String answer, Consumer<C> action) {
    return new MatrixCall<>(endpoint, answer, List.of(), action, List.of());
  }

  /**
   * The same call with another stub the panel answers normally.
   *
   * @param stub the stub
   * @return the call
   */
  public MatrixCall<C> alongside(MappingBuilder stub) {
    List<MappingBuilder> more = new java.util.ArrayList<>(alongside);
    more.add(stub);
    return new MatrixCall<>(endpoint, answer, more, action, secrets);
  }

  /**
   * The same call with secrets of its own.
   *
   * @param values the secrets
   * @return the call
   */
  public MatrixCall<C> secrets(String... values) {
    return new MatrixCall<>(endpoint, answer, alongside, action, List.of(values));
  }
}
