/**
 * JMH benchmarks of Bulwark's engines. Build and run:
 * {@code ./mvnw -B -pl bench -am package -DskipTests && java -jar bench/target/benchmarks.jar}.
 */
package dev.bulwark.bench;
