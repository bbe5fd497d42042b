/**
 * The REPL ({@code clarity repl}): a {@link io.clarity.cli.repl.ReplSession} runs each whole input
 * (a {@code ::} command of {@link io.clarity.cli.repl.ConsoleCommands}, or Clarity code run as
 * Clarinet's console runs it), and {@link io.clarity.cli.repl.Repl} feeds it inputs from a
 * terminal through JLine ({@link io.clarity.cli.repl.TerminalLines}) or from plain lines
 * ({@link io.clarity.cli.repl.PlainLines}).
 */
package io.clarity.cli.repl;
