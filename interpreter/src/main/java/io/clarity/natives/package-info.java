/**
 * Every native function and keyword of Clarity 1 to 5, and their implementations, bound by one exhaustive switch;
 * {@link io.clarity.natives.NativeDocs} holds their documentation for the REPL.
 */
package io.clarity.natives;
