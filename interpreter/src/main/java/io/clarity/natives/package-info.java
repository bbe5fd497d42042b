/**
 * Every native function and keyword of Clarity 1 to 5, and their implementations, bound by one exhaustive switch.
 */
package io.clarity.natives;
