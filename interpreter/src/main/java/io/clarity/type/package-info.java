/**
 * Clarity types, their sizes and limits, admission and least supertypes, and the names of traits.
 * Types know nothing of values (values carry types, so {@code io.clarity.value} sits above this
 * package): the type of a value and the admission of a value are in
 * {@link io.clarity.value.ValueTypes}, the reading of types written in source in
 * {@link io.clarity.analysis.TypeParser}. One exception is left: a callable type and a trait name
 * their contract by its {@link io.clarity.value.ContractPrincipalValue}.
 */
package io.clarity.type;
