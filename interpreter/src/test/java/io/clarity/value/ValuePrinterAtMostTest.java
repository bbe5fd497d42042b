package io.clarity.value;

import static org.assertj.core.api.Assertions.assertThat;

import io.clarity.Cl;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A bounded print is the full print's start, and stays cheap for huge values. */
class ValuePrinterAtMostTest {

    @Test
    void aShortValuePrintsWhole() {
        Value v = Cl.ok(Cl.tuple(Map.of("a", Cl.uint(1))));
        assertThat(ValuePrinter.printAtMost(v, 60)).isEqualTo(ValuePrinter.print(v));
    }

    @Test
    void aLongValueIsTheFullPrintsStartCutWithDots() {
        List<Value> items = Collections.nCopies(50, (Value) Cl.some(Cl.uint(123456)));
        Value v = Cl.err(Cl.list(items));
        String full = ValuePrinter.print(v);
        assertThat(ValuePrinter.printAtMost(v, 40)).isEqualTo(full.substring(0, 40) + "...");
    }

    @Test
    void aMegabyteBufferIsCutWithoutPrintingIt() {
        byte[] big = new byte[1_000_000];
        big[0] = 1;
        String shown = ValuePrinter.printAtMost(Cl.buffer(big), 20);
        assertThat(shown).isEqualTo("0x010000000000000000...");
        assertThat(ValuePrinter.printAtMost(Cl.buffer(new byte[] {1, 2}), 20)).isEqualTo("0x0102");
    }

    @Test
    void aLongStringIsCutBeforeItIsEscaped() {
        String text = "a\"b".repeat(100_000);
        Value ascii = Cl.ascii(text);
        assertThat(ValuePrinter.printAtMost(ascii, 12)).isEqualTo(ValuePrinter.print(ascii).substring(0, 12) + "...");
        assertThat(ValuePrinter.printAtMost(Cl.utf8("h\u00e9llo"), 12)).isEqualTo("u\"h\u00e9llo\"");
        assertThat(ValuePrinter.printAtMost(Cl.ok(Cl.ascii("abc")), 12)).isEqualTo("(ok \"abc\")");
    }
}
