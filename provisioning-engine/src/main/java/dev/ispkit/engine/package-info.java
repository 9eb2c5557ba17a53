/**
 * The provisioning rules of ispkit as pure functions over immutable values.
 *
 * <p>Subpackages hold one rule each: {@code availability} (which servers may be given to a client),
 * {@code configuration} (configurations, labels and the nearest match), {@code queue} (queue keys and the operation
 * queue), {@code period} (license periods and their mapping), {@code license} (control panel licenses and the
 * free-license pool) and {@code module} (processing module settings and the module choice for a tariff). Every
 * value validates itself and fails with {@link dev.ispkit.engine.InvalidSettingException}.
 */
package dev.ispkit.engine;
