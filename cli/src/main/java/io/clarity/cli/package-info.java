/** The {@code clarity} command line, built on picocli. */
package io.clarity.cli;
