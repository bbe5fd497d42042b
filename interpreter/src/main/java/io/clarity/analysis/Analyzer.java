package io.clarity.analysis;

import io.clarity.ast.Expr;
import io.clarity.definitions.Definition;
import io.clarity.definitions.DefinitionParser;
import io.clarity.error.ClarityError;
import io.clarity.syntax.SourceParser;
import io.clarity.value.ContractPrincipalValue;
import io.clarity.value.TraitIdentifier;
import io.clarity.version.ClarityVersion;
import io.clarity.version.Epoch;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The deploy-time pipeline: parse, order the definitions, resolve trait references, check
 * read-only functions, type-check (including the traits a contract declares it implements).
 * A contract that passes may be run. Parse errors are reported together, as the reference's
 * parser collects them, and so are the errors of the two AST passes (definition order, trait
 * references); analysis stops at its first error, as the reference's does. Analysis does not run
 * on a contract that did not parse: the reference's developer tools do, on what is left of the
 * source, and report errors that only follow from the parse errors.
 */
public final class Analyzer {

    private Analyzer() {
    }

    /** A contract that passed analysis: its forms in evaluation order and what was learned. */
    public record CheckedContract(ContractPrincipalValue id, ClarityVersion version, String source,
                                  List<Definition> definitions, ContractAnalysis analysis) {
    }

    public static CheckedContract analyze(ContractPrincipalValue id, String source, ClarityVersion version,
                                          Epoch epoch, TypeChecker.ContractResolver resolver) {
        List<Expr> forms = SourceParser.parse(source, id.issuer(), epoch);
        try {
            return analyze(id, source, version, epoch, resolver, forms);
        } catch (ClarityError e) {
            throw Hints.analysis(e, new Hints.Context(forms, source, version, id, resolver));
        }
    }

    private static CheckedContract analyze(ContractPrincipalValue id, String source, ClarityVersion version,
                                           Epoch epoch, TypeChecker.ContractResolver resolver, List<Expr> forms) {
        // the reference's AST passes each report their error and the next one still runs
        List<ClarityError> astErrors = new ArrayList<>(2);
        DefinitionSorter.Result order = null;
        Map<String, TraitIdentifier> traits = null;
        try {
            order = DefinitionSorter.sort(forms, version);
        } catch (ClarityError e) {
            astErrors.add(e);
        }
        try {
            traits = TraitsResolver.resolve(forms, id);
        } catch (ClarityError e) {
            astErrors.add(e);
        }
        if (!astErrors.isEmpty()) {
            throw ClarityError.of(astErrors);
        }
        List<Definition> sorted = new ArrayList<>(forms.size());
        for (int index : order.order()) {
            try {
                sorted.add(DefinitionParser.parse(forms.get(index)));
            } catch (ClarityError e) {
                // the reference reads each define's shape as its read-only check reaches it: an
                // error in an earlier form's body comes first
                new ReadOnlyChecker(version, resolver).run(sorted);
                throw e;
            }
        }
        new ReadOnlyChecker(version, resolver).run(sorted);
        ContractAnalysis analysis = new ContractAnalysis(id, version);
        analysis.setReferencedTraits(traits);
        new TypeChecker(epoch, analysis, resolver).run(sorted);
        return new CheckedContract(id, version, source, sorted, analysis);
    }
}
