/**
 * {@code clarity dap}: a Debug Adapter Protocol server on standard input and output, built on
 * Eclipse LSP4J's debug library, that runs a scenario or a call under the interpreter's debugger
 * ({@code io.clarity.debug}) for an editor (VS Code, IntelliJ, any DAP client).
 */
package io.clarity.cli.dap;
