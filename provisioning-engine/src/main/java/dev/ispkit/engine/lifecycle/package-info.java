/**
 * The service lifecycles: what a billing application embeds. {@link dev.ispkit.engine.lifecycle.Provisioning} takes
 * an {@link dev.ispkit.engine.lifecycle.Order} and returns a {@link dev.ispkit.engine.lifecycle.LifecycleResult}; in
 * between, each lifecycle runs its named, idempotent steps in order through the ports of {@code
 * dev.ispkit.engine.port}, writing each step's completion to the journal so a crash resumes where it stopped.
 */
package dev.ispkit.engine.lifecycle;
