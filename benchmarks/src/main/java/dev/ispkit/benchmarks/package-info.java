/**
 * JMH benchmarks of the provisioning engine. Build with {@code mvn -pl provisioning-engine,benchmarks -am verify},
 * run with {@code java -jar benchmarks/target/benchmarks.jar -f 1 -wi 3 -i 5}. Never part of the test phase.
 */
package dev.ispkit.benchmarks;
