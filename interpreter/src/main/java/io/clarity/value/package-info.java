/**
 * Clarity values: immutable records with content equality, exact 128-bit integers, c32check principals, the one canonical printer, and the SIP-005 consensus serialization.
 * Lists and tuples may carry a type, so this package sits above {@code io.clarity.type}; what needs both a
 * value and a type (the type of a value, admission of a value, stored and sanitized values) is in
 * {@link io.clarity.value.ValueTypes}.
 */
package io.clarity.value;
