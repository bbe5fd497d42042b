/**
 * {@code clarity new} and {@code clarity contract new}: new Clarinet projects, with a Maven pom and
 * JUnit tests, and new contracts in them.
 */
package io.clarity.cli.scaffold;
