/**
 * JMH benchmarks of the engine, its PostgreSQL stores, the clients, the lifecycles and the panel simulator, each
 * beside a baseline measured in the same run. Build with {@code mvn -B -q -pl benchmarks -am package -DskipTests},
 * run with {@code java -jar benchmarks/target/benchmarks.jar -f 1 -wi 2 -w 2 -i 3 -r 2}; the figures and each
 * benchmark's own command are in {@code docs/benchmarks.md}. Never run in the test phase.
 */
package dev.ispkit.benchmarks;
