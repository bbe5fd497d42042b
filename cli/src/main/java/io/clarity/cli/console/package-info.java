/**
 * What the commands and the REPL share: the environment a command runs in, the colours, plain
 * tables, the views of a chain, error reports and the version. It sits below both, so that the
 * commands may start the REPL without the REPL depending on the commands.
 */
package io.clarity.cli.console;
