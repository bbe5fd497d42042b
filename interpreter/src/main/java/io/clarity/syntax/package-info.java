/**
 * From source text to AST: the lexical pre-scans, the ANTLR parser of module clarity-grammar, literal validation and sugar expansion;
 * and {@link io.clarity.syntax.LiteralParser}, which reads one value literal for the scenario runner and {@link io.clarity.Cl}.
 */
package io.clarity.syntax;
