/**
 * Property and invariant testing of contracts written in Clarity, in the conventions of the
 * rendezvous fuzzer: a contract's tests ({@code CONTRACT.tests.clar}) are appended to it and
 * deployed with it; {@code test-*} public functions are properties run with arguments generated
 * from their types ({@link io.clarity.fuzz.Generator}), {@code can-test-*} read-only functions
 * discard arguments, and {@code invariant-*} read-only functions are checked after every call of
 * a random sequence of public calls ({@link io.clarity.fuzz.Fuzzer}). Runs are seeded; a failure
 * is shrunk ({@link io.clarity.fuzz.Shrinker}) to a short sequence of simple calls and written as
 * a scenario that {@code clarity scenario} replays ({@link io.clarity.fuzz.FuzzTarget}).
 */
package io.clarity.fuzz;
