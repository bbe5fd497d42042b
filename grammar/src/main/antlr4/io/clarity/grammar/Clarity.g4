/*
 * The lexical and surface syntax of Clarity (versions 1 to 5).
 *
 * A Clarity program is a sequence of s-expressions: lists in parentheses, tuple literals in
 * braces, and atoms. No Clarity keyword or native name is a token here: `define-public`, `if`
 * and `tx-sender` are plain identifiers, and their meaning is decided later by the interpreter
 * for the Clarity version at hand.
 *
 * Malformed atoms are tokens of their own (the BAD_* and UNTERMINATED_* rules below) so that
 * the interpreter can report them with the reference implementation's error kinds
 * (InvalidCharInt, ExpectedClosing, ...) and an exact position, instead of a generic
 * recognition error. Well-formedness that needs arithmetic or hashing (the 128-bit range of
 * integers, c32check checksums of principals, escape sequences, name lengths) is checked by the
 * interpreter's AST builder, not here.
 *
 * Nesting depth is bounded by a linear pre-scan before this parser runs, so the recursive
 * rules below never recurse deeper than the reference's limit.
 */
grammar Clarity;

// ---------------------------------------------------------------------------------------------
// Parser
// ---------------------------------------------------------------------------------------------

program
    : expression* EOF
    ;

expression
    : list
    | tuple
    | atom
    ;

list
    : LPAREN expression* RPAREN
    ;

// `{a: 1, b: 2}`: sugar for `(tuple (a 1) (b 2))`; a trailing comma is allowed.
tuple
    : LBRACE (pair (COMMA pair)* COMMA?)? RBRACE
    ;

pair
    : key=expression COLON value=expression
    ;

atom
    : INT
    | UINT
    | BUFFER
    | ASCII_STRING
    | UTF8_STRING
    | PRINCIPAL
    | CONTRACT_PRINCIPAL
    | SUGARED_CONTRACT
    | DOT
    | TRAIT_REFERENCE
    | IDENTIFIER
    | OPERATOR
    ;

// ---------------------------------------------------------------------------------------------
// Lexer (rule order matters where two rules match the same length: the earlier one wins)
// ---------------------------------------------------------------------------------------------

LPAREN : '(' ;
RPAREN : ')' ;
LBRACE : '{' ;
RBRACE : '}' ;
COLON  : ':' ;
COMMA  : ',' ;

// `0x` followed by hex digits; an odd digit count is rejected by the AST builder.
BUFFER     : '0x' HEX_DIGIT* ;
BAD_BUFFER : '0x' HEX_DIGIT* ~[0-9a-fA-F(){},:.; \t\n\r] NOT_SEPARATOR* ;

// `u` followed by decimal digits.
UINT     : 'u' DIGIT+ ;
BAD_UINT : 'u' DIGIT+ ~[0-9(){},:.; \t\n\r] NOT_SEPARATOR* ;

// A minus sign directly followed by a digit makes a negative literal.
INT     : '-'? DIGIT+ ;
BAD_INT : '-'? DIGIT+ ~[0-9(){},:.; \t\n\r] NOT_SEPARATOR* ;

ASCII_STRING : '"' ( '\\' ~[\n] | ~["\\\n] )* '"' ;
UTF8_STRING  : 'u"' ( '\\' ~[\n] | ~["\\\n] )* '"' ;
// A string that reaches the end of its line or of the input.
UNTERMINATED_STRING : 'u'? '"' ( '\\' ~[\n] | ~["\\\n] )* ;

// Standard principal: a quote and upper-case c32 (Crockford) characters; the version,
// length and checksum are verified by the AST builder.
PRINCIPAL          : '\'' C32_CHAR* ;
// Contract principal `'ST....name`, or a trait `'ST....name.trait`.
CONTRACT_PRINCIPAL : '\'' C32_CHAR+ '.' NAME ( '.' NAME )? ;
BAD_PRINCIPAL      : '\'' C32_CHAR* ~[0-9A-HJKMNP-TV-Z(){},:.; \t\n\r] NOT_SEPARATOR* ;
// `.name` is a contract of the current contract's issuer; `.name.trait` a trait in it.
SUGARED_CONTRACT   : '.' NAME ( '.' NAME )? ;
DOT                : '.' ;

// `<name>`: a trait reference in a type or `use-trait` position.
TRAIT_REFERENCE    : '<' [a-zA-Z] [a-zA-Z0-9_-]* '>' ;
UNCLOSED_TRAIT_REFERENCE : '<' [a-zA-Z] [a-zA-Z0-9_-]* ;

// Names of functions, variables, keywords and types.
IDENTIFIER     : NAME ;
BAD_IDENTIFIER : NAME ~[a-zA-Z0-9_!?+<>=/*(){},:.; \t\n\r-] NOT_SEPARATOR* ;
// The arithmetic and comparison names, which do not start with a letter.
OPERATOR       : '+' | '-' | '*' | '/' | '<' | '<=' | '>' | '>=' ;

COMMENT      : ';;' ~[\n]* -> channel(HIDDEN) ;
// A single `;` is not a comment opener in Clarity.
SINGLE_SEMICOLON : ';' ( ~[;\n] ~[\n]* )? ;
WHITESPACE   : [ \t\n]+ -> channel(HIDDEN) ;
// Clarity accepts only `\n` line endings.
CARRIAGE_RETURN : '\r' ;
// Anything else: an unknown symbol or a non-ASCII character.
UNKNOWN : . ;

fragment NAME          : [a-zA-Z] [a-zA-Z0-9_!?+<>=/*-]* ;
fragment DIGIT         : [0-9] ;
fragment HEX_DIGIT     : [0-9a-fA-F] ;
fragment C32_CHAR      : [0-9A-HJKMNP-TV-Z] ;
fragment NOT_SEPARATOR : ~[(){},:.; \t\n\r] ;
