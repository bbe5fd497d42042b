/**
 * Clarity values: immutable records with content equality, exact 128-bit integers, c32check principals, and the one canonical printer.
 */
package io.clarity.value;
