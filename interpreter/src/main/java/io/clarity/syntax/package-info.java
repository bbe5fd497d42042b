/**
 * From source text to AST: the lexical pre-scans, the ANTLR parser of module clarity-grammar, literal validation and sugar expansion.
 */
package io.clarity.syntax;
