/**
 * Clarity versions and Stacks epochs, and the rules that change with them.
 */
package io.clarity.version;
