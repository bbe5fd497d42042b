package io.clarity.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.clarity.ContractInterface;
import io.clarity.syntax.LiteralParser;
import io.clarity.value.AsciiStringValue;
import io.clarity.value.BoolValue;
import io.clarity.value.BufferValue;
import io.clarity.value.ErrValue;
import io.clarity.value.IntValue;
import io.clarity.value.ListValue;
import io.clarity.value.NoneValue;
import io.clarity.value.OkValue;
import io.clarity.value.SequenceValue;
import io.clarity.value.TypeSignature;
import io.clarity.value.UIntValue;
import io.clarity.value.Utf8StringValue;
import io.clarity.value.Value;
import io.clarity.value.ValueTypes;
import io.clarity.version.Epoch;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Arguments from types: boundary values first, always of the type, printable for a scenario. */
class GeneratorTest {

    private static FuzzTarget target;
    private static Generator generator;

    @BeforeAll
    static void deploy() {
        target = FuzzTarget.ofFile(Path.of("src/test/resources/fuzz/types.clar"), null, Epoch.E3_2, null);
        generator = new Generator(target.principals(), target::implementersOf);
    }

    private static List<TypeSignature> parameters(String function) {
        return target.contractInterface().functions().stream().filter(f -> f.name().equals(function)).findFirst()
                .orElseThrow().args().stream().map(ContractInterface.Parameter::type).toList();
    }

    private static List<Value> made(TypeSignature type, long seed) {
        List<Value> out = new ArrayList<>(generator.boundaries(type));
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = 0; i < 300; i++) {
            out.add(generator.random(type, r));
        }
        return out;
    }

    @Test
    void everyValueIsOfItsTypeAndReadsBackFromItsPrintedForm() {
        List<TypeSignature> types = new ArrayList<>(parameters("test-takes-everything"));
        types.addAll(parameters("test-long"));
        Shrinker shrinker = new Shrinker(target.principals());
        for (TypeSignature type : types) {
            for (Value v : made(type, 1)) {
                assertThat(ValueTypes.admitsValue(Epoch.E3_2, type, v)).as("%s is a %s", v, type).isTrue();
                LiteralParser p = new LiteralParser(v.toString(), target.accounts(), name -> null);
                assertThat(p.value()).as("%s read back", v).isEqualTo(v);
                assertThat(p.atEnd()).isTrue();
                for (Value simpler : shrinker.candidates(v)) {
                    assertThat(ValueTypes.admitsValue(Epoch.E3_2, type, simpler)).as("%s shrunk from %s is a %s", simpler, v, type).isTrue();
                }
            }
        }
    }

    @Test
    void boundaryValuesComeFirst() {
        List<TypeSignature> t = parameters("test-takes-everything");
        assertThat(generator.boundaries(t.get(0))).containsExactly(IntValue.ZERO, IntValue.of(1), IntValue.of(-1),
                IntValue.MIN_VALUE, IntValue.MAX_VALUE);
        assertThat(generator.boundaries(t.get(1))).containsExactly(UIntValue.ZERO, UIntValue.ONE, UIntValue.MAX_VALUE);
        assertThat(generator.boundaries(t.get(2))).containsExactly(BoolValue.FALSE, BoolValue.TRUE);
        assertThat(generator.boundaries(t.get(3))).startsWith(target.accounts().get("deployer"), target.accounts().get("wallet_1"));
        assertThat(generator.boundaries(t.get(4))).extracting(v -> ((SequenceValue) v).length()).containsExactly(0, 1, 4);
        assertThat(generator.boundaries(t.get(5))).containsExactly(AsciiStringValue.EMPTY, new AsciiStringValue("a"),
                new AsciiStringValue("zzzzz"));
        assertThat(generator.boundaries(t.get(6))).first().isEqualTo(Utf8StringValue.EMPTY);
        assertThat(generator.boundaries(t.get(6))).last().extracting(v -> ((SequenceValue) v).length()).isEqualTo(3);
        assertThat(generator.boundaries(t.get(7))).first().isEqualTo(NoneValue.INSTANCE);
        assertThat(generator.boundaries(t.get(8))).startsWith(new OkValue(IntValue.ZERO), new ErrValue(BoolValue.FALSE));
        assertThat(generator.boundaries(t.get(9))).extracting(v -> ((ListValue) v).length()).containsExactly(0, 1, 3);
        // the first calls take every combination of the boundaries, the last parameter changing fastest
        SplittableRandom r = new SplittableRandom(0);
        assertThat(generator.boundaryCount(t.subList(0, 2))).isEqualTo(15);
        assertThat(generator.arguments(t.subList(0, 2), 0, r)).containsExactly(IntValue.ZERO, UIntValue.ZERO);
        assertThat(generator.arguments(t.subList(0, 2), 2, r)).containsExactly(IntValue.ZERO, UIntValue.MAX_VALUE);
        assertThat(generator.arguments(t.subList(0, 2), 3, r)).containsExactly(IntValue.of(1), UIntValue.ZERO);
        assertThat(generator.arguments(t.subList(0, 2), 14, r)).containsExactly(IntValue.MAX_VALUE, UIntValue.MAX_VALUE);
        // too many combinations: boundary number i of each parameter, cycling
        assertThat(generator.boundaryCount(t)).isEqualTo(7); // the response's: five (ok ..) and two (err ..)
        assertThat(generator.arguments(t, 3, r).subList(0, 3)).containsExactly(IntValue.MIN_VALUE, UIntValue.ZERO, BoolValue.TRUE);
    }

    @Test
    void longSequencesAreFullOnlyAsABoundaryAndUpTo1024() {
        List<TypeSignature> t = parameters("test-long");
        assertThat(generator.boundaries(t.get(0))).extracting(v -> ((BufferValue) v).length()).containsExactly(0, 1, 1024);
        assertThat(generator.boundaries(t.get(1))).extracting(v -> ((SequenceValue) v).length()).containsExactly(0, 1);
        assertThat(generator.boundaries(t.get(2))).extracting(v -> ((SequenceValue) v).length()).containsExactly(0, 1, 200);
        SplittableRandom r = new SplittableRandom(3);
        for (int i = 0; i < 200; i++) {
            for (TypeSignature type : t) {
                Value v = generator.random(type, r);
                int n = ((SequenceValue) v).length();
                assertThat(n == 0 || n == 1 || n <= Generator.RANDOM_LENGTH || n == 1024 || n == 200).as("%s", v).isTrue();
            }
        }
    }

    @Test
    void theSameSeedMakesTheSameValues() {
        for (TypeSignature type : parameters("test-takes-everything")) {
            assertThat(made(type, 77)).isEqualTo(made(type, 77));
        }
    }

    @Test
    void everyGeneratedArgumentIsAcceptedByTheCall() {
        Outcome o = new Fuzzer(target, 21, 150, 1).property("test-takes-everything");
        assertThat(o.passed()).as(o.summary()).isTrue();
        // a refused call (arguments the function does not take) would count as discarded
        assertThat(o.discarded()).isZero();
        assertThat(o.callCount()).isEqualTo(150);
        Outcome longs = new Fuzzer(target, 21, 20, 1).property("test-long");
        assertThat(longs.passed()).as(longs.summary()).isTrue();
        assertThat(longs.discarded()).isZero();
    }
}
