package io.clarity.cli.repl;

import io.clarity.Simnet;
import io.clarity.TxResult;
import io.clarity.ast.AtomExpr;
import io.clarity.ast.Expr;
import io.clarity.ast.ListExpr;
import io.clarity.ast.LiteralExpr;
import io.clarity.ast.Span;
import io.clarity.error.ClarityError;
import io.clarity.syntax.SourceParser;
import io.clarity.value.ContractPrincipalValue;
import io.clarity.value.StandardPrincipalValue;
import io.clarity.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A snippet that is a single {@code contract-call?} of a contract written literally (and defines
 * nothing): Clarinet's console runs it as a direct call from the sender, who is then the callee's
 * {@code contract-caller}, after evaluating the arguments as snippets of their own.
 *
 * @param contract the called contract
 * @param function the called function
 * @param arguments the source text of each argument
 */
record DirectCall(ContractPrincipalValue contract, String function, List<String> arguments) {

    /** The direct call {@code snippet} is, if it is one; a snippet that does not parse is none. */
    static Optional<DirectCall> of(String snippet, Simnet simnet, StandardPrincipalValue sender) {
        if (snippet.contains("(define-")) {
            return Optional.empty();
        }
        List<Expr> forms;
        try {
            forms = SourceParser.parse(snippet, sender, simnet.epoch());
        } catch (ClarityError e) {
            // running it as a snippet reports the syntax error
            return Optional.empty();
        }
        if (forms.size() != 1 || !(forms.get(0) instanceof ListExpr call) || call.size() < 3
                || !"contract-call?".equals(call.headName())
                || !(call.get(1) instanceof LiteralExpr target && target.value() instanceof ContractPrincipalValue id)
                || !(call.get(2) instanceof AtomExpr function)) {
            return Optional.empty();
        }
        List<String> arguments = new ArrayList<>();
        for (Expr arg : call.items().subList(3, call.size())) {
            arguments.add(text(snippet, arg.span()));
        }
        return Optional.of(new DirectCall(id, function.name(), arguments));
    }

    /** Evaluates the arguments and calls the function in the current block. */
    TxResult run(Simnet simnet, StandardPrincipalValue sender) {
        List<Value> values = new ArrayList<>();
        for (String argument : arguments) {
            Optional<Value> v = simnet.evaluate(argument, sender).value();
            if (v.isEmpty()) {
                throw new IllegalArgumentException("the argument " + argument + " has no value");
            }
            values.add(v.get());
        }
        return simnet.callInCurrentBlock(contract, function, values, sender);
    }

    /** The text of {@code span} (lines and columns from 1, the end column included). */
    private static String text(String source, Span span) {
        return source.substring(offset(source, span.startLine(), span.startColumn()),
                offset(source, span.endLine(), span.endColumn()) + 1);
    }

    private static int offset(String source, int line, int column) {
        int at = 0;
        for (int l = 1; l < line; l++) {
            at = source.indexOf('\n', at) + 1;
        }
        return at + column - 1;
    }
}
