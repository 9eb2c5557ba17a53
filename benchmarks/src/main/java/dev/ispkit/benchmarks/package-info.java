/**
 * JMH benchmarks of the provisioning engine and its PostgreSQL stores. Build with
 * {@code mvn -pl benchmarks -am package -DskipTests}, run with
 * {@code java -jar benchmarks/target/benchmarks.jar -f 1 -wi 3 -i 5}. Never part of the test phase.
 */
package dev.ispkit.benchmarks;
