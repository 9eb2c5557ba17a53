/**
 * ispkit's metrics and traces through Micrometer: {@link dev.ispkit.micrometer.IspkitMicrometer} gives the listener
 * for the clients' {@code ClientConfig.callListener} and the one for {@code Provisioning.builder().listener}, over the
 * host's {@code ObservationRegistry} and {@code MeterRegistry}; {@link dev.ispkit.micrometer.LifecycleMdc} puts the
 * running step's service in the SLF4J MDC. Every meter and tag is listed in this module's README.
 */
package dev.ispkit.micrometer;
