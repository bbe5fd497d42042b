/**
 * Clarity values and their types, in one package because each needs the other, as in the
 * reference (whose {@code vm::types} holds both): lists and tuples carry their type, and a
 * callable type and a trait name their contract by its principal value. Values are immutable
 * records with content equality: exact 128-bit integers ({@link io.clarity.value.Int128}),
 * c32check principals, the one canonical printer ({@link io.clarity.value.ValuePrinter}) and the
 * SIP-005 consensus serialization ({@link io.clarity.value.ConsensusCodec}). Types are sealed
 * records ({@link io.clarity.value.TypeSignature}) with their sizes, limits, admission and least
 * supertypes ({@link io.clarity.value.Types}); what needs a value and a type together (the type of
 * a value, admission of a value, stored and sanitized values) is in
 * {@link io.clarity.value.ValueTypes}. Types written in source are read by
 * {@link io.clarity.analysis.TypeParser}.
 */
package io.clarity.value;
