/**
 * The Apache Spark engine for sweeps: each cell of a {@link dev.bulwark.posture.sweep.Sweep}
 * becomes an element of a Spark data set, run where Spark puts it, on the stream seeded by
 * (sweep seed, cell), so the results equal the local executor's. Registered as the {@code spark}
 * {@link dev.bulwark.posture.sweep.SweepEngine}; how to run it on a cluster: docs/sweeps.md.
 */
package dev.bulwark.sweeps.spark;
