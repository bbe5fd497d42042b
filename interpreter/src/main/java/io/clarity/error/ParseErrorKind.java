package io.clarity.error;

/** Errors in the source text, found before any analysis (the reference's {@code ParseErrorKind}). */
public enum ParseErrorKind implements ErrorKind {
    /** A list, tuple, string or trait reference is not closed. */
    ExpectedClosing("'%s' is never closed: expected a closing '%s'"),
    /** A token where none of that kind may stand. */
    UnexpectedToken("'%s' is not expected here"),
    /** Lists nested deeper than the call-stack limit allows. */
    ExpressionStackDepthTooDeep("expressions are nested too deeply: the limit is %s levels (call-stack depth %s + 5)"),
    /** Lists and tuple literals nested deeper than the limit (tuples counted as a level). */
    VaryExpressionStackDepthTooDeep("expressions and tuples are nested too deeply: the limit is %s levels"),
    /** Two list items with nothing between them, as in {@code (foo(bar))}. */
    ExpectedWhitespace("put a space between the items of a list"),
    /** An operator name directly followed by something, as in {@code +1}. */
    ExpectedSeparator("'%s' must be followed by a space or a bracket"),
    /** An int literal outside the signed 128-bit range. */
    FailedParsingIntValue("int literal %s is outside the 128-bit signed range (-2^127 to 2^127-1)"),
    /** A uint literal outside the unsigned 128-bit range. */
    FailedParsingUIntValue("uint literal u%s is outside the 128-bit unsigned range (u0 to u2^128-1)"),
    /** An ASCII string with a character that Clarity strings may not hold. */
    IllegalASCIIString("string literal holds a character not allowed in an ASCII string (%s)"),
    /** A buffer literal with an odd number of hex digits. */
    InvalidBufferLength("buffer literal 0x%s has an odd number (%s) of hex digits"),
    /** A buffer literal too large or otherwise invalid. */
    InvalidBuffer("invalid buffer literal %s"),
    InvalidCharBuffer("'%s' is not a hex digit (in buffer literal %s)"),
    InvalidCharInt("'%s' cannot follow digits (in %s): an int literal is digits only"),
    InvalidCharUint("'%s' cannot follow digits (in %s): a uint literal is 'u' and digits only"),
    InvalidCharIdent("'%s' cannot appear in a name (in %s)"),
    InvalidCharTraitIdent("'%s' cannot appear in a trait reference (in %s)"),
    InvalidCharPrincipal("'%s' is not a c32 character (in principal %s): only 0-9 and upper-case A-Z without I, L, O, U"),
    /** A backslash escape other than \\ \" \n \t \r \0 (and the code-point escape in UTF-8 strings). */
    UnknownEscapeChar("unknown escape '\\%s' in a string literal (known: \\\\ \\\" \\n \\t \\r \\0%s)"),
    IllegalCharString("'%s' cannot appear in an ASCII string literal"),
    IllegalCharUTF8Encoding("'%s' is not a hex digit in a \\u{...} escape"),
    UnterminatedUTF8Encoding("\\u{...} escape is missing its closing '}'"),
    EmptyUTF8Encoding("\\u{} escape is empty: put the code point in hex between the braces"),
    InvalidUTF8Encoding("\\u{%s} is not a Unicode scalar value"),
    /** A lone {@code ;}: comments start with two. */
    SingleSemiColon("a single ';' is not a comment: comments start with ';;'"),
    UnknownSymbol("'%s' is not part of Clarity's syntax"),
    /** Clarity source is ASCII; other characters only as code-point escapes in u"..." strings. */
    NonASCIIChar("non-ASCII character '%s' in the source: Clarity source is ASCII (use \\u{%s} inside a u\"...\" string)"),
    UnsupportedLineEnding("carriage return found: Clarity accepts only '\\n' line endings (switch your editor from CRLF to LF)"),
    /**
     * A source longer than a deploy transaction can be (the reference's MAX_TRANSACTION_LEN, 2 MiB,
     * enforced by its transaction codec; the simnet has no such check).
     */
    ContractTooLarge("the source is %s characters long; a contract is at most %s"),
    /** A standard principal whose c32 text, version, length or checksum is wrong. */
    InvalidPrincipalLiteral("invalid principal '%s: %s"),
    ContractNameTooLong("contract name '%s' is longer than 40 characters"),
    IllegalContractName("'%s' is not a valid contract name (a letter, then letters, digits, '-' or '_')"),
    ExpectedContractIdentifier("expected a contract name after '.'"),
    ExpectedTraitIdentifier("expected a trait name after '%s.'"),
    IllegalTraitName("'%s' is not a valid trait name"),
    /** Names are 128 characters at most. */
    NameTooLong("name '%s...' is %s characters long; names are 128 at most"),
    IllegalClarityName("'%s' is not a valid name"),
    TupleColonExpectedv2("expected ':' after the key '%s' in a tuple literal"),
    TupleCommaExpectedv2("expected ',' or '}' after a key-value pair in a tuple literal"),
    TupleValueExpected("expected a value after '%s:' in a tuple literal"),
    /** Definitions that depend on each other: Clarity has no recursion. */
    CircularReference("definitions depend on each other in a cycle (%s): Clarity does not allow recursion"),
    NameAlreadyUsed("'%s' is defined twice"),
    DefineTraitBadSignature("define-trait expects a name and a list of method signatures"),
    TraitReferenceUnknown("<%s> is not a trait defined or imported in this contract"),
    /** A trait reference in the type of a data-var, map, constant or token: traits cannot be stored. */
    TraitReferenceNotAllowed("trait references cannot be stored (in the type of a data-var, map, constant or token)");

    private final String template;

    ParseErrorKind(String template) {
        this.template = template;
    }

    @Override
    public Category category() {
        return Category.PARSE;
    }

    @Override
    public String template() {
        return template;
    }
}
