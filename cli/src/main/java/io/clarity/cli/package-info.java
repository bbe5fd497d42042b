/**
 * The {@code clarity} command line, built on picocli: {@link io.clarity.cli.Main} and one class
 * per command. Commands get what they know of the world (working folder, input, variables,
 * whether they run at a terminal) from an {@link io.clarity.cli.console.Environment}, so that tests run
 * them as they are.
 */
package io.clarity.cli;
