package io.clarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clarity.value.Value;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@link Cl} has every name of the {@code Cl} of {@code @stacks/transactions} 7.4.0, recorded from
 * the oracle's node_modules by {@code scripts/record-cl-names.sh} into {@code sdk/cl-names.txt},
 * with its meaning: the expected texts here are what the SDK printed for the same calls.
 */
class ClNamesTest {

    /** The one name Java cannot have, and ours for it. */
    private static final Map<String, String> SPELLED_OTHERWISE = Map.of("int", "integer");

    @Test
    void everyNameOfTheSdksClIsOnOurs() throws IOException {
        Set<String> ours = Arrays.stream(Cl.class.getMethods())
                .filter(m -> Modifier.isStatic(m.getModifiers()) && m.getDeclaringClass() == Cl.class)
                .map(Method::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        List<String> sdk = sdkNames();
        assertThat(sdk).hasSize(24).contains("stringAscii", "error", "serialize", "deserialize", "int");
        assertThat(ours).containsAll(sdk.stream().map(n -> SPELLED_OTHERWISE.getOrDefault(n, n)).toList());
    }

    private static List<String> sdkNames() throws IOException {
        try (InputStream in = ClNamesTest.class.getResourceAsStream("/sdk/cl-names.txt")) {
            assertThat(in).as("sdk/cl-names.txt (scripts/record-cl-names.sh)").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .toList();
        }
    }

    @Test
    void theSdkNamesMeanWhatTheyMeanThere() {
        Value v = Cl.tuple(Map.of("a", Cl.uint(1), "b", Cl.list(Cl.stringAscii("x"))));
        // the SDK: Cl.stringify(v), Cl.prettyPrint(v, 2), Cl.serialize(v)
        assertThat(Cl.stringify(v)).isEqualTo("{ a: u1, b: (list \"x\") }").isEqualTo(Cl.prettyPrint(v, 0));
        assertThat(Cl.prettyPrint(v, 2)).isEqualTo("{\n  a: u1,\n  b: (list\n    \"x\"\n  )\n}").isEqualTo(Cl.stringify(v, 2));
        assertThat(Cl.serialize(v)).isEqualTo("0c000000020161010000000000000000000000000000000101620b000000010d0000000178");
        assertThat(Cl.deserialize("0x" + Cl.serialize(v))).isEqualTo(v).isEqualTo(Cl.deserialize(Cl.serialize(v)));
        assertThat(Cl.prettyPrint(Cl.some(Cl.list()), 4)).isEqualTo("(some (list))");
        assertThat(Cl.stringify(Cl.error(Cl.uint(1)))).isEqualTo("(err u1)");
        assertThat(Cl.stringify(Cl.bufferFromUtf8("\u00e9"))).isEqualTo("0xc3a9");
        assertThat(Cl.stringify(Cl.address("ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.x")))
                .isEqualTo("'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.x");
        assertThat(Cl.stringUtf8("\u00e9")).isEqualTo(Cl.utf8("\u00e9"));
        assertThat(Cl.stringify(Cl.parse("(list u1 u2)"))).isEqualTo("(list u1 u2)");
        // the SDK: "Invalid byte sequence"
        assertThatThrownBy(() -> Cl.deserialize("zz")).isInstanceOf(IllegalArgumentException.class).hasMessage("not hex digits: zz");
        assertThatThrownBy(() -> Cl.deserialize("0x01")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not a serialized Clarity value: ");
    }

    @Test
    void principalsAreWrittenByOneRuleHereInTheAssertionsAndInSimnet() {
        Simnet simnet = new Simnet();
        simnet.deploy("escrow", "(define-read-only (who (p principal)) p)");
        String id = "ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.escrow";
        for (String written : List.of("escrow", ".escrow", id, "'" + id)) {
            assertThat(Cl.principal(written)).as(written).isEqualTo(simnet.principal(written)).isEqualTo(Cl.contractPrincipal(id));
            assertThat(simnet.callReadOnly(written, "who", List.of(Cl.principal(written)), "wallet_1").result())
                    .isEqualTo(Cl.contractPrincipal(id));
        }
        assertThat(Cl.principal("wallet_1")).isEqualTo(simnet.principal("wallet_1")).isEqualTo(simnet.account("wallet_1"));
        assertThatThrownBy(() -> Cl.principal("ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGX"))
                .hasMessage("not a valid address: ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGX");
        assertThatThrownBy(() -> Cl.principal("9lives")).hasMessageStartingWith("not an account, an address or a contract: 9lives");
    }
}
