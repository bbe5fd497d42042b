package io.clarity.error;

/**
 * Errors of deploy-time analysis (the reference's {@code StaticCheckErrorKind}): the contract is
 * refused and never runs.
 */
public enum CheckErrorKind implements ErrorKind {
    TypeError("expected type '%s' but found '%s'"),
    UnionTypeError("expected a value of type %s but found '%s'"),
    ExpectedOptionalType("expected an optional but found '%s'"),
    ExpectedResponseType("expected a response but found '%s'"),
    ExpectedOptionalOrResponseType("expected an optional or a response but found '%s'"),
    CouldNotDetermineResponseOkType("the 'ok' type of this response cannot be known here; give it one (e.g. through the function's other returns)"),
    CouldNotDetermineResponseErrType("the 'err' type of this response cannot be known here; give it one (e.g. through the function's other returns)"),
    CouldNotDetermineMatchTypes("match needs both branch types of its input to be known; use unwrap-panic or unwrap-err-panic, or give the input a full type"),
    CouldNotDetermineType("the type of this expression cannot be determined"),
    ExpectedTuple("expected a tuple but found '%s'"),
    NoSuchTupleField("the tuple '%2$s' has no field '%1$s'"),
    BadTupleFieldName("a tuple field must be named by a plain name"),
    BadTupleConstruction("invalid tuple: %s"),
    EmptyTuplesNotAllowed("a tuple needs at least one field"),
    NoSuchDataVariable("no data-var named '%s' in this contract"),
    NoSuchMap("no map named '%s' in this contract"),
    BadMapName("expected the name of a map or data-var"),
    DefineFunctionBadSignature("a function definition needs a signature (name (arg type) ...) and one body expression"),
    BadFunctionName("a function must be named by a plain name"),
    BadMapTypeDefinition("invalid map definition: expected (define-map name key-type value-type)"),
    DefineVariableBadSignature("invalid data-var definition: expected (define-data-var name type initial-value)"),
    PublicFunctionMustReturnResponse("a public function must return a response, but this one returns '%s'"),
    ReturnTypesMustMatch("this function returns two different types on different paths: '%s' and '%s'"),
    IfArmsMustMatch("the two branches of 'if' have different types: '%s' and '%s'"),
    MatchArmsMustMatch("the branches of 'match' have different types: '%s' and '%s'"),
    DefaultTypesMustMatch("the default of 'default-to' has type '%s' but the optional holds '%s'"),
    UncheckedIntermediaryResponses("a response that is not the last expression must be checked (with try!, unwrap!, match, ...) or it may hide an error"),
    UndefinedVariable("'%s' is not defined"),
    UnknownFunction("'%s' is not a function defined in this contract or a native of this Clarity version"),
    IllegalOrUnknownFunctionApplication("'%s' cannot be used as a function argument here"),
    NonFunctionApplication("a list in expression position must start with a function name"),
    ExpectedListApplication("expected a list"),
    ExpectedName("expected a name here"),
    BadLetSyntax("let expects a list of (name value) bindings, then a body: (let ((a 1)) a)"),
    BadSyntaxBinding("invalid binding: %s"),
    BadMatchOptionSyntax("match on an optional needs (match input some-name some-branch none-branch): %s"),
    BadMatchResponseSyntax("match on a response needs (match input ok-name ok-branch err-name err-branch): %s"),
    BadMatchInput("match needs an optional or a response but found '%s'"),
    NameAlreadyUsed("'%s' is already defined; Clarity names cannot be redefined or shadowed"),
    ReservedWord("'%s' is a reserved word in this Clarity version"),
    IncorrectArgumentCount("expected %s arguments but got %s"),
    RequiresAtLeastArguments("expected at least %s arguments but got %s"),
    RequiresAtMostArguments("expected at most %s arguments but got %s"),
    TooManyFunctionParameters("a function may have at most %2$s parameters; this one has %1$s"),
    WriteAttemptedInReadOnly("read-only function '%s' writes here: read-only code may not set data-vars or maps, move or mint STX or tokens, or call a function that may"),
    AtBlockClosureMustBeReadOnly("the body of at-block must be read-only"),
    AtBlockUnavailable("at-block is not available in this epoch"),
    ValueTooLarge("this type or value is larger than the 1 MiB maximum"),
    ValueOutOfBounds("a type size must be between 0 and the maximum value size"),
    TypeSignatureTooDeep("types may be nested 32 levels deep at most"),
    SupertypeTooLarge("the common type of these expressions is larger than the 1 MiB maximum"),
    ConstructedListTooLarge("this would build a list larger than the maximum value size"),
    MaxLengthOverflow("expected a length at most 4294967295"),
    InvalidTypeDescription("invalid type description"),
    UnknownTypeName("'%s' is not a type"),
    ExpectedSequence("expected a list, buff, string-ascii or string-utf8 but found '%s'"),
    NoSuchContract("no contract '%s'"),
    NoSuchPublicFunction("contract '%s' has no public function '%s'"),
    ContractCallExpectName("contract-call? expects a contract and a function name"),
    ExpectedCallableType("expected a contract (a trait reference) but found '%s'"),
    NoSuchBlockInfoProperty("'%s' is not a block property"),
    NoSuchStacksBlockInfoProperty("'%s' is not a stacks block property"),
    NoSuchTenureInfoProperty("'%s' is not a tenure property"),
    GetBlockInfoExpectPropertyName("expected a block property name"),
    GetBurnBlockInfoExpectPropertyName("expected a burn block property name"),
    GetStacksBlockInfoExpectPropertyName("expected a stacks block property name"),
    GetTenureInfoExpectPropertyName("expected a tenure property name"),
    BadTokenName("expected a token name"),
    DefineNFTBadSignature("define-non-fungible-token expects a name and the type of the token identifiers"),
    NoSuchNFT("no non-fungible token named '%s' in this contract"),
    NoSuchFT("no fungible token named '%s' in this contract"),
    NoSuchTrait("no trait '%2$s' in contract '%1$s'"),
    TraitReferenceUnknown("<%s> is not a trait defined or imported in this contract"),
    TraitMethodUnknown("trait <%s> has no method '%s'"),
    BadTraitImplementation("method '%2$s' does not match its signature in trait <%1$s>"),
    ExpectedTraitIdentifier("expected a trait identifier"),
    UnexpectedTraitOrFieldReference("a trait reference or trait identifier cannot be used as a value here"),
    DefineTraitBadSignature("invalid trait definition"),
    DefineTraitDuplicateMethod("method '%s' appears twice in the trait"),
    TraitTooManyMethods("a trait may have at most %2$s methods; this one has %1$s"),
    ContractOfExpectsTrait("contract-of expects a trait reference"),
    IncompatibleTrait("trait '%2$s' is not compatible with trait '%1$s'"),
    TraitReferenceNotAllowed("trait references cannot be stored"),
    CouldNotDetermineSerializationType("the type to serialize cannot be determined"),
    ExpectedListOfAllowances("%s expects a list of asset allowances as argument %s"),
    AllowanceExprNotAllowed("allowances (with-stx, with-ft, ...) may only appear in the allowance list of restrict-assets? or as-contract?"),
    ExpectedAllowanceExpr("expected an allowance expression but found %s"),
    WithAllAllowanceNotAllowed("with-all-assets-unsafe is only allowed in the allowance list of as-contract?"),
    WithAllAllowanceNotAlone("with-all-assets-unsafe must be the only allowance"),
    WithNftExpectedListOfIdentifiers("with-nft expects a list of token identifiers"),
    MaxIdentifierLengthExceeded("with-nft accepts at most %s identifiers; got %s"),
    TooManyAllowances("at most %s allowances are allowed; got %s"),
    MaxContextDepthReached("bindings are nested too deeply"),
    ContractAlreadyExists("a contract named '%s' already exists"),
    /** The Clarity version is not allowed in the epoch, or similar deploy-level refusal. */
    VersionNotAllowed("%s"),
    TraitReferenceChainTooDeep("traits refer to traits too deeply to check their compatibility");

    private final String template;

    CheckErrorKind(String template) {
        this.template = template;
    }

    @Override
    public Category category() {
        return Category.CHECK;
    }

    @Override
    public String template() {
        return template;
    }
}
