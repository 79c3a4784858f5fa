/** Benchmarks: programs that print figures (never timed assertions in tests). Run with the {@code bench} profile. */
package org.anju.bench;
