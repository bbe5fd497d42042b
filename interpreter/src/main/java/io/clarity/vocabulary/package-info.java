/**
 * Clarity's own words, low in the package graph: the names of the natives, keywords and block
 * properties, the define forms, and the rules for names. The parser, the analyser, the cost
 * tables, the evaluator and the facade all speak of these words; keeping them here, above only
 * {@code version} and {@code type}, lets each of those packages name a native without depending
 * on the package that implements it ({@code natives}).
 */
package io.clarity.vocabulary;
