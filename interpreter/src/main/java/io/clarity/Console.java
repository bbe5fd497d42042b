package io.clarity;

import io.clarity.analysis.Analyzer;
import io.clarity.analysis.TypeChecker;
import io.clarity.ast.ListExpr;
import io.clarity.ast.LiteralExpr;
import io.clarity.definitions.Definition;
import io.clarity.error.RuntimeErrorKind;
import io.clarity.eval.Deployer;
import io.clarity.eval.ExecutionContext;
import io.clarity.value.ContractPrincipalValue;
import io.clarity.value.StandardPrincipalValue;
import io.clarity.version.Epoch;

/**
 * How the simnet and Clarinet's console run a source (a snippet, or a contract deployed): a
 * snippet runs as the scratch contract {@code sender.contract-N}, kept or not as its
 * {@link Snippet kind} says; a lone {@code contract-call?} of a contract literal is a direct call
 * from the sender; a lone definition not written {@code "(define-"} is an unknown function. The
 * caller runs all of it inside its transaction.
 */
final class Console {

    /** What becomes of a snippet's definitions. */
    enum Snippet {
        /**
         * Dropped, but a snippet that defines a function or a trait and runs to the end uses up its
         * contract name (the SDK's {@code execute}, which saves such a snippet as a contract).
         */
        SCRATCH,
        /** Dropped, using up no contract name (a transfer run as a snippet). */
        INTERNAL,
        /** Kept as a contract when they include a function or a trait (Clarinet's console). */
        CONSOLE
    }

    /**
     * A snippet checked as its scratch contract; whether it uses up that contract's name when it
     * runs to the end (the next snippet then gets the next number), and whether it is kept as a
     * contract.
     */
    record Scratch(Analyzer.CheckedContract checked, boolean usesName, boolean kept) {
    }

    private Console() {
    }

    /**
     * Checks {@code snippet} as the scratch contract {@code sender.contract-N}, where N is
     * {@code contracts}, the contracts deployed and the scratch names used up so far, at the
     * epoch's default Clarity version.
     */
    static Scratch check(String snippet, StandardPrincipalValue sender, Snippet kind, int contracts, Epoch epoch,
                         TypeChecker.ContractResolver resolver) {
        ContractPrincipalValue id = new ContractPrincipalValue(sender, "contract-" + contracts);
        Analyzer.CheckedContract checked = Analyzer.analyze(id, snippet, epoch.defaultClarityVersion(), epoch, resolver);
        // Clarinet saves a snippet as a contract when it defines a function or a trait
        boolean savable = checked.definitions().stream()
                .anyMatch(d -> d instanceof Definition.Function || d instanceof Definition.Trait);
        boolean kept = switch (kind) {
            case SCRATCH, INTERNAL -> false;
            case CONSOLE -> savable;
        };
        return new Scratch(checked, kind == Snippet.SCRATCH && savable, kept);
    }

    /**
     * Runs a checked snippet in the current transaction of {@code exec}, adding its contract to
     * the chain when it is kept (a lone {@code contract-call?} defines nothing, so it never is).
     */
    static Deployer.Outcome run(Scratch scratch, ExecutionContext exec) {
        Deployer.Outcome outcome = runSource(scratch.checked(), exec);
        if (scratch.kept()) {
            exec.state().addContract(outcome.contract());
        }
        return outcome;
    }

    /**
     * Runs a checked source (a contract deployed, or a snippet) as the simnet runs it: a lone
     * {@code contract-call?} as a direct call from the sender, anything else deployed.
     */
    static Deployer.Outcome runSource(Analyzer.CheckedContract checked, ExecutionContext exec) {
        checkLoneDefinition(checked);
        ListExpr call = directCall(checked);
        return call != null ? Deployer.callAsSender(checked, exec, call) : Deployer.deploy(checked, exec);
    }

    /**
     * Clarinet runs a source of one expression with no {@code "(define-"} in its text as a plain
     * expression, so a lone define written otherwise (as {@code ( define-constant ...)}), or a
     * lone {@code use-trait} or {@code impl-trait}, is an unknown function there.
     */
    private static void checkLoneDefinition(Analyzer.CheckedContract checked) {
        if (checked.definitions().size() == 1 && !checked.source().contains("(define-")) {
            Definition d = checked.definitions().get(0);
            if (!(d instanceof Definition.TopLevel) && d.source() instanceof ListExpr form) {
                throw RuntimeErrorKind.UndefinedFunction.error(form.headName()).at(form.span());
            }
        }
    }

    /**
     * The simnet runs a source (a snippet, or a contract deployed) that is a single
     * {@code contract-call?} of a contract literal (and defines nothing) as a direct call from the
     * sender, who is then the callee's {@code contract-caller}; null for any other source.
     */
    private static ListExpr directCall(Analyzer.CheckedContract checked) {
        if (checked.definitions().size() != 1 || checked.source().contains("(define-")
                || !(checked.definitions().get(0).source() instanceof ListExpr call)) {
            return null;
        }
        boolean literalTarget = call.size() > 2 && call.get(1) instanceof LiteralExpr lit
                && lit.value() instanceof ContractPrincipalValue;
        return "contract-call?".equals(call.headName()) && literalTarget ? call : null;
    }
}
