package io.clarity.conformance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The error kinds behind the oracle's deploy-error messages. The oracle prints a diagnostic's
 * message without its kind; the reference gives each kind a fixed message shape, so the shape
 * names the kind. The table holds one pattern per shape (parse, lexer and static-check messages,
 * and the runtime errors raised while a deploy runs).
 */
final class OracleMessages {

    /** What a message stands for: one or more kinds, and whether they are parse (lexer, parser, AST) errors. */
    record Meaning(List<String> kinds, boolean parse) {
    }

    private record Shape(String kinds, boolean parse) {
    }

    private static final Map<Pattern, Shape> SHAPES = new LinkedHashMap<>();
    private static void shape(String regex, String kind) {
        SHAPES.put(Pattern.compile(regex), new Shape(kind, false));
    }

    private static void parseShape(String regex, String kind) {
        SHAPES.put(Pattern.compile(regex), new Shape(kind, true));
    }

    static {
        // runtime errors of the top-level expressions
        shape("runtime error: RuntimeCheck\\((\\w+).*", "$1");
        shape("runtime error: EarlyReturn\\(.*", "EarlyReturn");
        shape("runtime error: (\\w+)", "$1");
        shape("Clarity \\d+ can not be used with .*", "VersionNotAllowed");
        // lexer, parser and AST passes
        parseShape("invalid character, '.', in int literal", "InvalidCharInt");
        parseShape("invalid character, '.', in uint literal", "InvalidCharUint");
        parseShape("invalid character, '.', in buffer", "InvalidCharBuffer");
        parseShape("invalid character, '.', in identifier", "InvalidCharIdent");
        parseShape("invalid character, '.', in trait identifier", "InvalidCharTraitIdent");
        parseShape("invalid character, '.', in principal literal", "InvalidCharPrincipal");
        parseShape("invalid character, '.', in string literal", "IllegalCharString");
        parseShape("invalid character, '.', in UTF8 encoding", "IllegalCharUTF8Encoding");
        parseShape("invalid UTF8 encoding", "InvalidUTF8Encoding");
        parseShape("empty UTF8 encoding", "EmptyUTF8Encoding");
        parseShape("unterminated UTF8 encoding, missing '}'", "UnterminatedUTF8Encoding");
        parseShape("invalid buffer length, \\d+", "InvalidBufferLength");
        parseShape("unknown escape character, '.'", "UnknownEscapeChar");
        parseShape("expected separator", "ExpectedSeparator");
        parseShape("unexpected single ';' .*", "SingleSemiColon");
        parseShape("unknown symbol, '.+'", "UnknownSymbol");
        parseShape("illegal non-ASCII character, '.+'", "NonASCIIChar");
        parseShape("unsupported line-ending .*", "UnsupportedLineEnding");
        parseShape("you may need to change your editor from CRLF mode to LF mode", "UnsupportedLineEnding");
        // parser and AST passes
        parseShape("to match this '.'", "ExpectedClosing");
        parseShape("expected closing '.'", "ExpectedClosing");
        parseShape("Failed to parse int literal '.*'", "FailedParsingIntValue");
        parseShape("Failed to parse uint literal '.*'", "FailedParsingUIntValue");
        parseShape("contract name '.*' is too long", "ContractNameTooLong");
        parseShape("expected contract identifier", "ExpectedContractIdentifier");
        parseShape("expected trait identifier", "ExpectedTraitIdentifier");
        parseShape("illegal trait name, '.*'", "IllegalTraitName");
        parseShape("invalid principal literal", "InvalidPrincipalLiteral");
        parseShape("invalid hex-string literal", "InvalidBuffer");
        parseShape("illegal name \\(too long\\), '.*'", "NameTooLong");
        parseShape("unexpected '.*'", "UnexpectedToken");
        parseShape("expected ':' after key in tuple", "TupleColonExpectedv2");
        parseShape("expected ',' separating key-value pairs in tuple", "TupleCommaExpectedv2");
        parseShape("expected value expression for tuple", "TupleValueExpected");
        parseShape("illegal clarity name, '.*'", "IllegalClarityName");
        parseShape("illegal ascii string \".*\"", "IllegalASCIIString");
        parseShape("expected whitespace before expression", "ExpectedWhitespace");
        parseShape("Illegal contract name: '.*'", "IllegalContractName");
        parseShape("detected interdependent functions \\(.*\\)", "CircularReference");
        parseShape("\\(use-trait \\.\\.\\.\\) expects a trait name and a trait identifier", "ImportTraitBadSignature");
        parseShape("\\(define-trait \\.\\.\\.\\) expects a trait name and a trait definition", "DefineTraitBadSignature");
        parseShape("\\(impl-trait \\.\\.\\.\\) expects a trait identifier", "ImplTraitBadSignature");
        parseShape("trait references can not be stored", "TraitReferenceNotAllowed");
        parseShape("AST has too deep of an expression nesting\\. The maximum stack depth is \\d+",
                "ExpressionStackDepthTooDeep|VaryExpressionStackDepthTooDeep");
        // static analysis
        shape("supertype of two types is too large", "SupertypeTooLarge");
        shape("match on a optional type uses the following syntax: .*", "BadMatchOptionSyntax");
        shape("match on a result type uses the following syntax: .*", "BadMatchResponseSyntax");
        shape("match requires an input of either a response or optional, found input: '.*'", "BadMatchInput");
        shape("contract execution cost exceeded budget: .*", "CostBalanceExceeded");
        shape("contract execution cost exceeded memory budget: .*", "MemoryBalanceExceeded");
        shape("read-only checker exceeded maximum allowed recursion depth", "ReadOnlyCheckerRecursionLimitExceeded");
        shape("supplied type description is invalid", "InvalidTypeDescription");
        shape("tuple types may not be empty", "EmptyTuplesNotAllowed");
        shape("failed to parse type: '.*'", "UnknownTypeName");
        shape("created a type which was greater than maximum allowed value size", "ValueTooLarge");
        shape("created a type which value size was out of defined bounds", "ValueOutOfBounds");
        shape("created a type which was deeper than maximum allowed type depth", "TypeSignatureTooDeep");
        shape("trait-reference chain exceeds the maximum allowed type-checker recursion depth",
                "TraitReferenceChainTooDeep");
        shape("expected a name argument to this function", "ExpectedName");
        shape("reached limit of elements in a sequence", "ConstructedListTooLarge");
        shape("expecting expression of type '(optional|response)', found '.*'",
                "ExpectedOptionalType|ExpectedResponseType");
        shape("expecting expression of type 'optional' or 'response', found '.*'", "ExpectedOptionalOrResponseType");
        shape("expecting expression of type 'list', 'buff', 'string-ascii' or 'string-utf8' - found '.*'",
                "ExpectedSequence");
        shape("expecting expression of type '[^']*', found '.*'", "TypeError");
        shape("expecting expression of type '.*' or '.*', found '.*'", "UnionTypeError");
        shape("attempted to obtain 'ok' value from response, but 'ok' type is indeterminate",
                "CouldNotDetermineResponseOkType");
        shape("attempted to obtain 'err' value from response, but 'err' type is indeterminate",
                "CouldNotDetermineResponseErrType");
        shape("attempted to match on an \\(optional\\) or \\(response\\) type .*", "CouldNotDetermineMatchTypes");
        shape("type of expression cannot be determined", "CouldNotDetermineType");
        shape("invalid tuple field name", "BadTupleFieldName");
        shape("expecting tuple, found '.*'", "ExpectedTuple");
        shape("cannot find field '.*' in tuple '.*'", "NoSuchTupleField");
        shape("invalid tuple syntax: .*", "BadTupleConstruction");
        shape("use of unresolved persisted variable '.*'", "NoSuchDataVariable");
        shape("invalid map name", "BadMapName");
        shape("use of unresolved map '.*'", "NoSuchMap");
        shape("invalid function definition", "DefineFunctionBadSignature");
        shape("invalid function name", "BadFunctionName");
        shape("invalid map definition", "BadMapTypeDefinition");
        shape("public functions must return an expression of type 'response', found '.*'",
                "PublicFunctionMustReturnResponse");
        shape("invalid variable definition", "DefineVariableBadSignature");
        shape("detected two execution paths, returning two different expression types .*", "ReturnTypesMustMatch");
        shape("use of unresolved contract '.*'", "NoSuchContract");
        shape("contract '.*' has no public function '.*'", "NoSuchPublicFunction");
        shape("contract name '.*' conflicts with existing contract", "ContractAlreadyExists");
        shape("missing contract name for call", "ContractCallExpectName");
        shape("expected a callable contract, found .*", "ExpectedCallableType");
        shape("use of block unknown property '.*'", "NoSuchBlockInfoProperty");
        shape("use of unknown stacks block property '.*'", "NoSuchStacksBlockInfoProperty");
        shape("use of unknown tenure property '.*'", "NoSuchTenureInfoProperty");
        shape("missing property name for block info introspection", "GetBlockInfoExpectPropertyName");
        shape("missing property name for burn block info introspection", "GetBurnBlockInfoExpectPropertyName");
        shape("missing property name for stacks block info introspection", "GetStacksBlockInfoExpectPropertyName");
        shape("missing property name for tenure info introspection", "GetTenureInfoExpectPropertyName");
        shape("defining '.*' conflicts with previous value", "NameAlreadyUsed");
        shape(".* is a reserved word", "ReservedWord");
        shape("expecting expression of type function", "NonFunctionApplication");
        shape("expecting expression of type list", "ExpectedListApplication");
        shape("expecting a value <= \\d+", "MaxLengthOverflow");
        shape("invalid syntax of 'let'", "BadLetSyntax");
        shape("invalid syntax binding: .*", "BadSyntaxBinding");
        shape("reached depth limit", "MaxContextDepthReached");
        shape("use of unresolved variable '.*'", "UndefinedVariable");
        shape("expecting >= \\d+ arguments, got \\d+", "RequiresAtLeastArguments");
        shape("expecting < \\d+ arguments, got \\d+", "RequiresAtMostArguments");
        shape("expecting \\d+ arguments, got \\d+", "IncorrectArgumentCount");
        shape("expression types returned by the arms of 'if' must match .*", "IfArmsMustMatch");
        shape("expression types returned by the arms of 'match' must match .*", "MatchArmsMustMatch");
        shape("expression types passed in 'default-to' must match .*", "DefaultTypesMustMatch");
        shape("use of illegal / unresolved function '.*", "IllegalOrUnknownFunctionApplication");
        shape("use of unresolved function '.*'", "UnknownFunction");
        shape("too many function parameters specified: .*", "TooManyFunctionParameters");
        shape("expecting read-only statements, detected a writing operation", "WriteAttemptedInReadOnly");
        shape("\\(at-block \\.\\.\\.\\) closures expect read-only statements, .*", "AtBlockClosureMustBeReadOnly");
        shape("\\(at-block \\.\\.\\.\\) is not available in this epoch", "AtBlockUnavailable");
        shape("expecting an token name as an argument", "BadTokenName");
        shape("\\(define-asset \\.\\.\\.\\) expects an asset name and .*", "DefineNFTBadSignature");
        shape("tried to use asset function with a undefined asset \\('.*'\\)", "NoSuchNFT");
        shape("tried to use token function with a undefined token \\('.*'\\)", "NoSuchFT");
        shape("use of unresolved trait .*", "NoSuchTrait");
        shape("use of undeclared trait <.*>", "TraitReferenceUnknown");
        shape("method '.*' unspecified in trait <.*>", "TraitMethodUnknown");
        shape("invalid signature for method '.*' regarding trait's specification <.*>", "BadTraitImplementation");
        shape("expecting expression of type trait identifier", "ExpectedTraitIdentifier");
        shape("unexpected use of trait reference or field", "UnexpectedTraitOrFieldReference");
        shape("invalid trait definition", "DefineTraitBadSignature");
        shape("duplicate method name '.*' in trait definition", "DefineTraitDuplicateMethod");
        shape("trait reference expected", "ContractOfExpectsTrait");
        shape("trait '.*' is not a compatible with expected trait, '.*'", "IncompatibleTrait");
        shape("too many trait methods specified: .*", "TraitTooManyMethods");
        shape("intermediary responses in consecutive statements must be checked", "UncheckedIntermediaryResponses");
        shape("could not determine the input type for the serialization function", "CouldNotDetermineSerializationType");
        shape(".* expects a list of asset allowances as argument \\d+", "ExpectedListOfAllowances");
        shape("allowance expressions are only allowed in the context of .*", "AllowanceExprNotAllowed");
        shape("expected an allowance expression, got: .*", "ExpectedAllowanceExpr");
        shape("with-all-assets-unsafe is not allowed here, .*", "WithAllAllowanceNotAllowed");
        shape("with-all-assets-unsafe must not be used along with other allowances", "WithAllAllowanceNotAlone");
        shape("with-nft allowance must include a list of asset identifiers", "WithNftExpectedListOfIdentifiers");
        shape("with-nft allowance identifiers list must not exceed \\d+ elements, got \\d+", "MaxIdentifierLengthExceeded");
        shape("too many allowances specified, the maximum is \\d+, found \\d+", "TooManyAllowances");
    }

    private OracleMessages() {
    }

    /** What an oracle deploy-error message stands for, or null when its shape is unknown. */
    static Meaning meaning(String message) {
        for (Map.Entry<Pattern, Shape> s : SHAPES.entrySet()) {
            Matcher m = s.getKey().matcher(message);
            if (m.matches()) {
                return new Meaning(List.of(m.replaceFirst(s.getValue().kinds()).split("\\|")), s.getValue().parse());
            }
        }
        return null;
    }
}
