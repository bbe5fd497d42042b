/**
 * The Clarity interpreter's public entry point, {@link io.clarity.Simnet}, and the results of
 * its transactions. See the class javadoc of {@code Simnet} for a tour of the packages.
 */
package io.clarity;
