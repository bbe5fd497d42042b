/**
 * The scenario format shared with the oracle: reading steps, running them through {@link io.clarity.Simnet}, and printing the transcript.
 * Literals are read by {@link io.clarity.syntax.LiteralParser}.
 */
package io.clarity.scenario;
