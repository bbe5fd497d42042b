package io.clarity.analysis;

import io.clarity.ast.Expr;
import io.clarity.definitions.Definition;
import io.clarity.definitions.DefinitionParser;
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
 * A contract that passes may be run; the first problem found is thrown as a ClarityError.
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
        DefinitionSorter.Result order = DefinitionSorter.sort(forms, version);
        Map<String, TraitIdentifier> traits = TraitsResolver.resolve(forms, id);
        List<Definition> sorted = new ArrayList<>(forms.size());
        for (int index : order.order()) {
            sorted.add(DefinitionParser.parse(forms.get(index)));
        }
        new ReadOnlyChecker(version, resolver).run(sorted);
        ContractAnalysis analysis = new ContractAnalysis(id, version);
        analysis.setReferencedTraits(traits);
        new TypeChecker(epoch, analysis, resolver).run(sorted);
        return new CheckedContract(id, version, source, sorted, analysis);
    }
}
