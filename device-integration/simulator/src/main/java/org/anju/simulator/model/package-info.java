/**
 * What is simulated, independent of any protocol: the accelerated clock, the units and their behaviour profiles, meter
 * consumption and door-opening plans. Everything random is derived from the seed and the simulated time (never from
 * the order of ticks), so one seed and one start time give the same readings and the same schedule on every run.
 */
package org.anju.simulator.model;
