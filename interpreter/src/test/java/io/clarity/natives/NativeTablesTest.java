package io.clarity.natives;

import static org.assertj.core.api.Assertions.assertThat;

import io.clarity.analysis.FunctionType;
import io.clarity.analysis.NativeTypeRules;
import io.clarity.cost.NativeCosts;
import io.clarity.vocabulary.NativeFunction;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The four tables of a native agree, for every native (in the manner of clarity-wasm's
 * {@code check_word_classes}): its {@link NativeFunction.Kind} is how {@link Natives} binds it,
 * it has a type rule in {@link NativeTypeRules} whose argument count is the binding's when the
 * rule is a signature shape, and it has a cost row in {@link NativeCosts} (a row without a cost
 * function only where listed here) whose input a simple binding can charge.
 */
class NativeTablesTest {

    /** The post-condition allowances cost nothing themselves: their rows name no cost function. */
    private static final Set<NativeFunction> WITHOUT_COST_FUNCTION = EnumSet.of(NativeFunction.WITH_STX,
            NativeFunction.WITH_FT, NativeFunction.WITH_NFT, NativeFunction.WITH_STACKING, NativeFunction.WITH_STAKING,
            NativeFunction.WITH_POX, NativeFunction.WITH_ALL_ASSETS_UNSAFE);

    @Test
    void everyKindIsHowTheNativeIsBound() {
        List<String> wrong = new ArrayList<>();
        for (NativeFunction f : NativeFunction.values()) {
            NativeFunction.Kind bound = Natives.isSimple(f) ? NativeFunction.Kind.SIMPLE : NativeFunction.Kind.SPECIAL;
            if (f.kind() != bound) {
                wrong.add(f.clarityName() + " is declared " + f.kind() + " but bound " + bound);
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void everySimpleNativeIsBoundWithAnArityAndNoSpecialFormIs() {
        List<String> wrong = new ArrayList<>();
        for (NativeFunction f : NativeFunction.values()) {
            Arity a = Natives.arity(f);
            boolean simple = f.kind() == NativeFunction.Kind.SIMPLE;
            if (simple != (a != null) || a != null && (a.min() < 0 || a.min() > a.max())) {
                wrong.add(f.clarityName() + " (" + f.kind() + ") is bound with arity " + a);
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyNativeHasATypeRuleWhoseShapeCountsAsTheBinding() {
        List<String> wrong = new ArrayList<>();
        for (NativeFunction f : NativeFunction.values()) {
            if (!NativeTypeRules.hasRule(f)) {
                wrong.add(f.clarityName() + " has no type rule");
                continue;
            }
            FunctionType shape = NativeTypeRules.simpleType(f);
            Arity bound = Natives.arity(f);
            if (shape != null && bound != null && !bound.equals(counted(shape))) {
                wrong.add(f.clarityName() + " is typed with " + counted(shape) + " arguments but bound with " + bound);
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyNativeHasACostRowThatItsBindingCanCharge() {
        List<String> wrong = new ArrayList<>();
        for (NativeFunction f : NativeFunction.values()) {
            NativeCosts.Entry row = NativeCosts.lookup(f);
            if (row == null) {
                wrong.add(f.clarityName() + " has no cost row");
                continue;
            }
            if ((row.function() == null) != WITHOUT_COST_FUNCTION.contains(f)) {
                wrong.add(f.clarityName() + (row.function() == null ? " has no cost function and is not listed"
                        : " is listed without a cost function but charges " + row.function()));
            }
            if (row.input() == NativeCosts.Input.OWN && f.kind() == NativeFunction.Kind.SIMPLE) {
                wrong.add(f.clarityName() + " charges itself but is a simple native, whose cost the evaluator charges");
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** The argument counts a signature shape accepts (the type checker's, see FunctionType). */
    private static Arity counted(FunctionType shape) {
        if (shape instanceof FunctionType.Fixed fixed) {
            return new Arity(fixed.args().size(), fixed.args().size());
        }
        if (shape instanceof FunctionType.Variadic || shape instanceof FunctionType.ArithmeticVariadic) {
            return new Arity(1, Arity.ANY);
        }
        if (shape instanceof FunctionType.UnionArgs || shape instanceof FunctionType.ArithmeticUnary) {
            return new Arity(1, 1);
        }
        if (shape instanceof FunctionType.Binary || shape instanceof FunctionType.ArithmeticBinary
                || shape instanceof FunctionType.ArithmeticComparison) {
            return new Arity(2, 2);
        }
        throw new AssertionError("a signature shape this test does not count: " + shape);
    }
}
