/**
 * Server configurations, DCImanager configuration labels, and the choice of the server whose configuration is
 * nearest to the ordered one, with the build and purchase tasks that turn it into the ordered configuration.
 *
 * <p>Start with {@link dev.ispkit.engine.configuration.ConfigurationMatcher}.
 */
package dev.ispkit.engine.configuration;
