package io.clarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.clarity.value.Value;
import java.math.BigInteger;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ClTest {

    static Stream<Arguments> builtValues() {
        return Stream.of(
                Arguments.of(Cl.uint(5), "u5"),
                Arguments.of(Cl.uint(BigInteger.TWO.pow(128).subtract(BigInteger.ONE)), "u340282366920938463463374607431768211455"),
                Arguments.of(Cl.integer(-5), "-5"),
                Arguments.of(Cl.bool(true), "true"),
                Arguments.of(Cl.principal("ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM"), "'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM"),
                Arguments.of(Cl.principal("'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.token"), "'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.token"),
                Arguments.of(Cl.contractPrincipal("ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM", "nft"), "'ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.nft"),
                Arguments.of(Cl.ascii("say \"hi\"\n"), "\"say \\\"hi\\\"\\n\""),
                Arguments.of(Cl.utf8("caf\u00e9"), "u\"caf\u00e9\""),
                Arguments.of(Cl.bufferFromHex("0xDEADbeef"), "0xdeadbeef"),
                Arguments.of(Cl.buffer(new byte[0]), "0x"),
                Arguments.of(Cl.bufferFromAscii("hi"), "0x6869"),
                Arguments.of(Cl.list(), "(list)"),
                Arguments.of(Cl.list(Cl.uint(1), Cl.uint(2)), "(list u1 u2)"),
                Arguments.of(Cl.tuple(Map.of("b", Cl.none(), "a-b", Cl.integer(2), "a", Cl.uint(1))), "{ a: u1, a-b: 2, b: none }"),
                Arguments.of(Cl.some(Cl.ok(Cl.err(Cl.uint(1)))), "(some (ok (err u1)))"));
    }

    @ParameterizedTest
    @MethodSource("builtValues")
    void valuesPrintAsTheOracleDoes(Value v, String printed) {
        assertThat(Cl.prettyPrint(v)).isEqualTo(printed);
        assertThat(v).hasToString(printed);
    }

    @ParameterizedTest
    @MethodSource("builtValues")
    void parsingThePrintedFormGivesTheValueBack(Value v, String printed) {
        assertThat(Cl.parse(printed)).isEqualTo(v);
    }

    @Test
    void parseReadsShorthands() {
        assertThat(Cl.parse("wallet_1")).isEqualTo(Cl.principal("ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5"));
        assertThat(Cl.principal("wallet_1")).isEqualTo(Cl.principal("ST1SJ3DTE5DN7X54YDH5D64R3BCB6A2AG2ZQ8YPD5"));
        assertThat(Cl.parse(".counter")).isEqualTo(Cl.principal("ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM.counter"));
        assertThat(Cl.parse("(tuple (a u1))")).isEqualTo(Cl.parse("{a: u1}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "u", "(+ 1 2)", "u1 u2", "0xabc", "\"open", "{}", "'STX"})
    void parseRefusesWhatIsNotOneLiteral(String text) {
        assertThatThrownBy(() -> Cl.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void outOfRangeInputIsRefused() {
        assertThatThrownBy(() -> Cl.uint(-1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
        assertThatThrownBy(() -> Cl.uint(BigInteger.TWO.pow(128))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Cl.integer(BigInteger.TWO.pow(127))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Cl.ascii("caf\u00e9")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Cl.utf8");
        assertThatThrownBy(() -> Cl.principal("ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGX")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Cl.tuple(Map.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Cl.tuple(Map.of("no space", Cl.uint(1)))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Cl.bufferFromHex("0xabc")).isInstanceOf(IllegalArgumentException.class);
    }
    @Test
    void aMillionDigitIntegerIsRefusedAtOnce() {
        String digits = "9".repeat(1_000_000);
        assertTimeoutPreemptively(Duration.ofSeconds(1), () -> {
            assertThatThrownBy(() -> Cl.parse(digits)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("outside the 128-bit");
            assertThatThrownBy(() -> Cl.parse("u" + digits)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("outside the 128-bit");
            assertThatThrownBy(() -> Cl.parse("(list 1 -" + digits + ")")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("outside the 128-bit");
        });
    }

    @Test
    void leadingZerosDoNotCountTowardsTheRange() {
        String zeros = "0".repeat(1_000);
        assertThat(Cl.parse(zeros + "17")).isEqualTo(Cl.integer(17));
        assertThat(Cl.parse("-" + zeros + "17")).isEqualTo(Cl.integer(-17));
        assertThat(Cl.parse("u" + zeros + "17")).isEqualTo(Cl.uint(17));
        assertThat(Cl.parse(zeros)).isEqualTo(Cl.integer(0));
        assertThat(Cl.parse("-" + zeros + "170141183460469231731687303715884105728"))
                .isEqualTo(Cl.integer(BigInteger.TWO.pow(127).negate()));
        assertThatThrownBy(() -> Cl.parse(zeros + "170141183460469231731687303715884105728"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Cl.parse("u" + zeros + "340282366920938463463374607431768211455"))
                .isEqualTo(Cl.uint(BigInteger.TWO.pow(128).subtract(BigInteger.ONE)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"(some ", "(list ", "{a: ", "(tuple (a ", "(ok (err "})
    void nestingTenThousandDeepIsRefusedWithoutExhaustingTheStack(String open) {
        String deep = open.repeat(10_000) + "u1";
        assertThatThrownBy(() -> Cl.parse(deep)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ExpressionStackDepthTooDeep");
    }

    @Test
    void nestingStopsWhereTheContractParserStops() {
        // a contract accepts lists nested 68 deep and tuple literals 35 deep (each counts two)
        assertThat(Cl.parse(nested("(some ", ")", 68))).isNotNull();
        assertThatThrownBy(() -> Cl.parse(nested("(some ", ")", 69))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ExpressionStackDepthTooDeep");
        assertThat(Cl.parse(nested("{a: ", "}", 35))).isNotNull();
        assertThatThrownBy(() -> Cl.parse(nested("{a: ", "}", 36))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ExpressionStackDepthTooDeep");
    }

    private static String nested(String open, String close, int depth) {
        return open.repeat(depth) + "u1" + close.repeat(depth);
    }
}
