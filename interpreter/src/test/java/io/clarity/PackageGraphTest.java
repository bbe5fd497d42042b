package io.clarity;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import io.clarity.eval.CallContext;
import io.clarity.eval.EarlyReturn;
import io.clarity.eval.Evaluator;
import io.clarity.eval.ExecutionContext;
import io.clarity.eval.Locals;
import io.clarity.natives.Natives;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the package graph of the interpreter acyclic, with one allowed pair: the evaluator and the
 * natives call each other (the evaluator applies a native, a special form evaluates its
 * arguments), so they count as one node, and they meet at one seam (see the package javadoc of
 * {@code io.clarity.eval} and {@code io.clarity.natives}). The root package (the facade) is a node
 * of its own. A new cycle fails here, naming the classes that make it.
 */
class PackageGraphTest {

    private static final String BASE = "io.clarity";

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages(BASE);
    }

    @Test
    void packagesFormNoCycleBesideEvalAndNatives() {
        slices().assignedFrom(new TopLevelPackages())
                .should().beFreeOfCycles()
                .check(classes);
    }

    @Test
    void theEvaluatorReachesTheNativesOnlyThroughNativesApply() {
        noClasses().that().resideInAPackage("io.clarity.eval..")
                .should().dependOnClassesThat(resideInAPackage("io.clarity.natives..")
                        .and(DescribedPredicate.not(equivalentTo(Natives.class))))
                .orShould().callMethodWhere(DescribedPredicate.describe("a method of Natives other than apply",
                        (JavaMethodCall call) -> call.getTargetOwner().isEquivalentTo(Natives.class)
                                && !call.getName().equals("apply")))
                .check(classes);
    }

    @Test
    void theNativesReachTheEvaluatorOnlyThroughEvaluatorAndTheContextTypes() {
        classes().that().resideInAPackage("io.clarity.natives..")
                .should().onlyDependOnClassesThat(resideOutsideOfPackage("io.clarity.eval..")
                        .or(belongToAnyOf(Evaluator.class, CallContext.class, ExecutionContext.class, Locals.class,
                                EarlyReturn.class))
                        // the natives tell listeners of branches and state (the instrumentation seam)
                        .or(resideInAPackage("io.clarity.eval.instrument..")))
                .check(classes);
    }

    /** One slice per package directly under io.clarity, the root package included; eval and natives together. */
    private static final class TopLevelPackages implements SliceAssignment {

        @Override
        public SliceIdentifier getIdentifierOf(JavaClass c) {
            String pkg = c.getPackageName();
            if (pkg.equals(BASE)) {
                return SliceIdentifier.of("(root)");
            }
            if (!pkg.startsWith(BASE + ".")) {
                return SliceIdentifier.ignore();
            }
            String top = pkg.substring(BASE.length() + 1).split("\\.", 2)[0];
            return SliceIdentifier.of(top.equals("eval") || top.equals("natives") ? "eval+natives" : top);
        }

        @Override
        public String getDescription() {
            return "the packages under " + BASE + " (eval and natives as one)";
        }
    }
}
