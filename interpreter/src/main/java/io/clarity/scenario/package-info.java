/**
 * The scenario format shared with the oracle: reading steps and literals, running them, and printing the transcript.
 */
package io.clarity.scenario;
