/**
 * Clarity values: immutable records with content equality, exact 128-bit integers, c32check principals, the one canonical printer, and the SIP-005 consensus serialization.
 */
package io.clarity.value;
