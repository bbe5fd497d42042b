package io.clarity.analysis;

import io.clarity.ast.AtomExpr;
import io.clarity.ast.Expr;
import io.clarity.ast.ListExpr;
import io.clarity.ast.LiteralExpr;
import io.clarity.error.CallErrorKind;
import io.clarity.error.CheckErrorKind;
import io.clarity.error.ClarityError;
import io.clarity.error.Diagnostic;
import io.clarity.error.ErrorKind;
import io.clarity.error.RuntimeErrorKind;
import io.clarity.error.Span;
import io.clarity.value.AsciiStringValue;
import io.clarity.value.ContractPrincipalValue;
import io.clarity.value.IntValue;
import io.clarity.value.TypeSignature;
import io.clarity.value.UIntValue;
import io.clarity.value.Value;
import io.clarity.value.ValuePrinter;
import io.clarity.version.ClarityVersion;
import io.clarity.version.Epoch;
import io.clarity.vocabulary.DefineKind;
import io.clarity.vocabulary.NativeFunction;
import io.clarity.vocabulary.NativeVariable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Hints for the mistakes newcomers make, added to an error as {@code help:} lines for a person
 * ({@link ClarityError#withHelp}): {@code 0} where {@code u0} is needed, {@code block-height} in
 * Clarity 3, a private function called from outside, and so on. They are worked out only once an
 * error has been raised, from what the failing code holds, so the path that succeeds pays nothing;
 * transcripts never show them.
 */
public final class Hints {

    private static final Set<String> MAP_FUNCTIONS = Set.of("map-get?", "map-set", "map-insert", "map-delete");
    /** A standard principal's text without its quote: S, a version letter, then c32 characters. */
    private static final Pattern ADDRESS = Pattern.compile("S[PMTN][0-9A-HJKMNP-TV-Z]{37,40}(\\.[a-zA-Z][a-zA-Z0-9_-]*)?");

    private Hints() {
    }

    /** What an analysis hint may look at: the contract's forms, source, version and the chain's contracts. */
    record Context(List<Expr> forms, String source, ClarityVersion version, ContractPrincipalValue id,
            TypeChecker.ContractResolver resolver) {
    }

    /** {@code e}, raised while analysing a contract, with the hints that apply to it. */
    static ClarityError analysis(ClarityError e, Context c) {
        List<String> hints = new ArrayList<>();
        List<Expr> path = e.span() == null ? List.of() : path(c.forms(), e.span());
        Expr at = path.isEmpty() ? null : path.get(path.size() - 1);
        ErrorKind kind = e.kind();
        if (kind == CheckErrorKind.UndefinedVariable && at instanceof AtomExpr a) {
            undefinedName(a.name(), c, hints);
        } else if (kind == CheckErrorKind.UnknownFunction && at instanceof AtomExpr a) {
            unknownFunction(a.name(), c.version(), hints);
        } else if (kind == CheckErrorKind.TypeError || kind == CheckErrorKind.UnionTypeError) {
            typeError(e.getMessage(), at, path, c, hints);
        } else if (kind == CheckErrorKind.PublicFunctionMustReturnResponse) {
            hints.add("a public function ends in a response: wrap the result as (ok value), and return (err code) when it "
                    + "fails, which also undoes the call's changes");
        } else if (kind == CheckErrorKind.UncheckedIntermediaryResponses) {
            hints.add("check this response: (try! expr) passes an err on to the caller, (unwrap! expr (err u1)) gives your "
                    + "own, (asserts! (is-ok expr) (err u1)) tests it; only the last expression of begin may be left as it is");
        } else if (kind == CheckErrorKind.WriteAttemptedInReadOnly) {
            hints.add("a function that writes must be define-public and return a response, as in "
                    + "(define-public (f) (begin (var-set v u1) (ok true))); read-only functions only read");
        } else if (kind == CheckErrorKind.NoSuchContract && at instanceof LiteralExpr lit
                && lit.value() instanceof ContractPrincipalValue target) {
            otherSender(target, c, hints);
        } else if (kind == CheckErrorKind.NoSuchPublicFunction && at instanceof AtomExpr fn && path.size() >= 2
                && path.get(path.size() - 2) instanceof ListExpr call && call.size() >= 3
                && call.get(1) instanceof LiteralExpr lit && lit.value() instanceof ContractPrincipalValue target) {
            ContractAnalysis callee = c.resolver().contract(target);
            FunctionSignature f = callee == null ? null : callee.function(fn.name());
            if (f != null && f.kind() == DefineKind.DEFINE_PRIVATE) {
                hints.add(fn.name() + " is private in " + target.name() + " (define-private): only " + target.name()
                        + "'s own functions can call it; make it define-public or define-read-only to call it from another contract");
            }
        }
        for (String h : hints) {
            e = e.withHelp(h);
        }
        return e;
    }

    private static void undefinedName(String name, Context c, List<String> hints) {
        if (name.equals("block-height") && c.version().atLeast(ClarityVersion.CLARITY3)) {
            hints.add("block-height was removed in Clarity 3: use stacks-block-height (the height of the Stacks block; since "
                    + "Nakamoto several Stacks blocks follow each Bitcoin block) or tenure-height (the number of tenures, one "
                    + "per Bitcoin block won by a miner, which counts as block-height did); burn-block-height counts Bitcoin blocks");
            return;
        }
        for (NativeVariable v : NativeVariable.values()) {
            if (v.clarityName().equals(name)) {
                versions(name, v.since(), v.until(), c.version(), hints);
                return;
            }
        }
        if (ADDRESS.matcher(name).matches()) {
            hints.add("a principal literal starts with a quote: write '" + name);
            return;
        }
        if (c.resolver().contract(new ContractPrincipalValue(c.id().issuer(), name)) != null) {
            hints.add("to name the contract " + name + " as a principal, write ." + name);
            return;
        }
        List<ContractPrincipalValue> others = c.resolver().named(name);
        if (!others.isEmpty()) {
            hints.add("to name the contract " + name + " as a principal, write its full id '" + others.get(0).address());
        }
    }

    private static void unknownFunction(String name, ClarityVersion version, List<String> hints) {
        if (name.equals("get-block-info?") && version.atLeast(ClarityVersion.CLARITY3)) {
            hints.add("get-block-info? was removed in Clarity 3: use get-stacks-block-info? (id-header-hash, header-hash, "
                    + "time) for a Stacks block, or get-tenure-info? (burnchain-header-hash, miner-address, time, vrf-seed, "
                    + "block-reward, miner-spend-total, miner-spend-winner) for a tenure");
            return;
        }
        if (name.equals("as-contract") && version.atLeast(ClarityVersion.CLARITY4)) {
            hints.add("as-contract was removed in Clarity 4: use (as-contract? ((with-stx u100)) body), which lists what the "
                    + "contract may move (with-stx, with-ft, with-nft, with-stacking, or with-all-assets-unsafe alone) and "
                    + "returns a response");
            return;
        }
        for (NativeFunction f : NativeFunction.values()) {
            if (f.clarityName().equals(name)) {
                versions(name, f.since(), f.until(), version, hints);
                return;
            }
        }
    }

    /** A native that this version lacks: newer, or removed. */
    private static void versions(String name, int since, int until, ClarityVersion version, List<String> hints) {
        if (since > version.number()) {
            ClarityVersion needed = ClarityVersion.of(since);
            hints.add(name + " arrived in Clarity " + since + " and this contract is " + version + ": deploy it with "
                    + "clarity-version " + since + (needed == null ? "" : " (epoch " + firstEpoch(needed) + " or later)"));
        } else if (until != 0 && until < version.number()) {
            hints.add(name + " exists in Clarity " + since + " to " + until + " only, and this contract is " + version
                    + "; ::describe " + name + " in the REPL says what replaced it");
        }
    }

    private static Epoch firstEpoch(ClarityVersion v) {
        for (Epoch e : Epoch.values()) {
            if (e.allows(v)) {
                return e;
            }
        }
        return Epoch.values()[Epoch.values().length - 1];
    }

    private static void typeError(String message, Expr at, List<Expr> path, Context c, List<String> hints) {
        if (at instanceof LiteralExpr lit) {
            literal(message, lit.value(), "", hints);
        }
        for (int i = path.size() - 2; i >= 0 && i >= path.size() - 3; i--) {
            if (path.get(i) instanceof ListExpr call && call.size() >= 2 && call.get(0) instanceof AtomExpr head
                    && MAP_FUNCTIONS.contains(head.name()) && call.get(1) instanceof AtomExpr map) {
                mapShape(head.name(), map.name(), c, hints);
                return;
            }
        }
    }

    /** An int literal where a uint is expected and the reverse, a string where a buffer is. */
    private static void literal(String message, Value v, String where, List<String> hints) {
        if (v instanceof IntValue i && message.startsWith("expected type 'uint'")) {
            String text = ValuePrinter.print(i);
            hints.add(text.startsWith("-") ? where + text + " is a negative int; a uint cannot be negative"
                    : where + text + " is an int; write u" + text + " for a uint");
        } else if (v instanceof UIntValue u && message.startsWith("expected type 'int'")) {
            String text = ValuePrinter.print(u);
            hints.add(where + text + " is a uint; write " + text.substring(1) + " for an int (or convert with to-int)");
        } else if (v instanceof AsciiStringValue s && message.contains("'(buff")) {
            hints.add(where + "a string is not a buffer: a buffer is written in hex, 0x"
                    + HexFormat.of().formatHex(s.value().getBytes(StandardCharsets.US_ASCII)) + " for the bytes of "
                    + ValuePrinter.print(s));
        }
    }

    private static void mapShape(String function, String map, Context c, List<String> hints) {
        for (Expr form : c.forms()) {
            if (form instanceof ListExpr def && "define-map".equals(def.headName()) && def.size() == 4
                    && def.get(1) instanceof AtomExpr name && name.name().equals(map)) {
                hints.add("map " + map + " takes keys of type " + text(def.get(2), c.source()) + " and values of type "
                        + text(def.get(3), c.source()) + "; give " + function + " exactly those shapes (a tuple with each "
                        + "of its fields, as {id: u1})");
                return;
            }
        }
    }

    private static void otherSender(ContractPrincipalValue target, Context c, List<String> hints) {
        for (ContractPrincipalValue other : c.resolver().named(target.name())) {
            if (!other.equals(target)) {
                hints.add("." + target.name() + " names " + target.address() + ", a contract of this contract's own deployer; "
                        + "the contract " + target.name() + " on this chain was deployed by another sender: write its full id '"
                        + other.address());
                return;
            }
        }
    }

    /** The source text of {@code e}, or its span when the source cannot give it. */
    private static String text(Expr e, String source) {
        Span s = e.span();
        if (source == null || s == null || s.isNone() || s.startLine() != s.endLine()) {
            return "the declared type";
        }
        String line = Diagnostic.line(source, s.startLine());
        return line == null || s.endColumn() > line.length() ? "the declared type" : line.substring(s.startColumn() - 1, s.endColumn());
    }

    /** The expressions from a top-level form down to the one at {@code span}, or empty. */
    private static List<Expr> path(List<Expr> forms, Span span) {
        List<Expr> out = new ArrayList<>();
        for (Expr f : forms) {
            if (find(f, span, out)) {
                return out;
            }
        }
        return List.of();
    }

    private static boolean find(Expr e, Span span, List<Expr> out) {
        out.add(e);
        if (span.equals(e.span())) {
            return true;
        }
        if (e instanceof ListExpr l && contains(l.span(), span)) {
            for (Expr item : l.items()) {
                if (find(item, span, out)) {
                    return true;
                }
            }
        }
        out.remove(out.size() - 1);
        return false;
    }

    private static boolean contains(Span outer, Span inner) {
        return outer != null && !outer.isNone() && compare(outer.startLine(), outer.startColumn(), inner.startLine(), inner.startColumn()) <= 0
                && compare(inner.endLine(), inner.endColumn(), outer.endLine(), outer.endColumn()) <= 0;
    }

    private static int compare(int l1, int c1, int l2, int c2) {
        return l1 != l2 ? Integer.compare(l1, l2) : Integer.compare(c1, c2);
    }

    /**
     * {@code e}, raised by a transaction's call of {@code function}, with hints about its arguments
     * (an int given for a uint parameter, a string for a buffer) or about the kind of function.
     */
    public static ClarityError call(ClarityError e, ContractAnalysis contract, String function, List<Value> args) {
        FunctionSignature f = contract == null ? null : contract.function(function);
        if (f == null) {
            return e;
        }
        if (e.kind() == RuntimeErrorKind.TypeValueError) {
            List<String> hints = new ArrayList<>();
            for (int i = 0; i < Math.min(args.size(), f.parameterTypes().size()); i++) {
                TypeSignature t = f.parameterTypes().get(i);
                literal("expected type '" + t + "'", args.get(i), "argument " + (i + 1) + " of " + function + ": ", hints);
            }
            for (String h : hints) {
                e = e.withHelp(h);
            }
        } else if (e.kind() == CallErrorKind.NotPublicFunction && f.kind() == DefineKind.DEFINE_PRIVATE) {
            e = e.withHelp(function + " is private (define-private): no transaction can call it, only the contract's own "
                    + "functions; make it define-public to call it from outside (tests can use callPrivateFn, scenarios call-private)");
        } else if (e.kind() == CallErrorKind.NotPublicFunction && f.kind() == DefineKind.DEFINE_READ_ONLY) {
            e = e.withHelp(function + " is read-only: read it instead (clarity read, callReadOnlyFn, read in a scenario)");
        }
        return e;
    }
}
