package io.clarity.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clarity.version.Epoch;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The SIP-005 codec: exact bytes both ways, and the reference's answers to malformed input. */
class ConsensusCodecTest {

    private static final HexFormat HEX = HexFormat.of();
    private static final StandardPrincipalValue DEPLOYER =
            StandardPrincipalValue.of("ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM");

    private static String hex(Value v) {
        return HEX.formatHex(ConsensusCodec.encode(v));
    }

    @Test
    void encodesEveryKindOfValue() {
        assertThat(hex(UIntValue.ONE)).isEqualTo("0100000000000000000000000000000001");
        assertThat(hex(IntValue.of(-1))).isEqualTo("00ffffffffffffffffffffffffffffffff");
        assertThat(hex(BoolValue.TRUE)).isEqualTo("03");
        assertThat(hex(new SomeValue(NoneValue.INSTANCE))).isEqualTo("0a09");
        assertThat(hex(new ErrValue(new AsciiStringValue("e")))).isEqualTo("080d0000000165");
        assertThat(hex(new Utf8StringValue("h\u00e9"))).isEqualTo("0e0000000368c3a9");
        assertThat(hex(BufferValue.of((byte) 0xde, (byte) 0xad))).isEqualTo("0200000002dead");
        assertThat(hex(DEPLOYER)).isEqualTo("051a6d78de7b0625dfbfc16c3a8a5735f6dc3dc3f2ce");
        assertThat(hex(new ContractPrincipalValue(DEPLOYER, "codec")))
                .isEqualTo("061a6d78de7b0625dfbfc16c3a8a5735f6dc3dc3f2ce05636f646563");
        assertThat(hex(TupleValue.of("b", IntValue.of(1), "a", UIntValue.of(2), "a-b", BoolValue.TRUE)))
                .isEqualTo("0c000000030161010000000000000000000000000000000203612d620301620000000000000000000000000000000001");
        assertThat(hex(ListValue.of(ListValue.EMPTY, ListValue.of(UIntValue.ONE))))
                .isEqualTo("0b000000020b000000000b000000010100000000000000000000000000000001");
        assertThat(ConsensusCodec.encodedLength(new Utf8StringValue("\uD83D\uDE00"))).isEqualTo(9);
    }

    @Test
    void decodesWhatItEncodes() throws Exception {
        Value v = TupleValue.of(Map.of(
                "owner", new ContractPrincipalValue(DEPLOYER, "c"),
                "tags", ListValue.of(new OkValue(IntValue.MIN_VALUE), new ErrValue(new Utf8StringValue("\uD83D\uDE00"))),
                "memo", new SomeValue(BufferValue.EMPTY)));
        assertThat(ConsensusCodec.decode(ConsensusCodec.encode(v))).isEqualTo(v);
    }

    @Test
    void typedDecodingChecksEveryPart() throws Exception {
        TypeSignature list = new ListType(TypeSignature.INT, 2);
        byte[] three = ConsensusCodec.encode(ListValue.of(IntValue.of(1), IntValue.of(2), IntValue.of(3)));
        assertThatThrownBy(() -> ConsensusCodec.decode(three, list, Epoch.E3_2))
                .isInstanceOfSatisfying(ConsensusCodec.DecodeException.class,
                        e -> assertThat(e.failure()).isEqualTo(ConsensusCodec.Failure.NOT_OF_EXPECTED_TYPE));
        byte[] two = ConsensusCodec.encode(ListValue.of(IntValue.of(1), IntValue.of(2)));
        assertThat(ConsensusCodec.decode(two, list, Epoch.E3_2)).isEqualTo(ListValue.of(IntValue.of(1), IntValue.of(2)));
        assertThatThrownBy(() -> ConsensusCodec.decode(two, new OptionalType(TypeSignature.INT), Epoch.E3_2))
                .isInstanceOf(ConsensusCodec.DecodeException.class);
    }

    @Test
    void sanitizesUndeclaredTupleFieldsFromEpoch24() throws Exception {
        TypeSignature onlyA = new TupleType(List.of("a"), List.of(TypeSignature.INT));
        byte[] ab = ConsensusCodec.encode(TupleValue.of("a", IntValue.of(1), "b", new BufferValue(Bytes.EMPTY)));
        assertThat(ConsensusCodec.decode(ab, onlyA, Epoch.E2_4)).isEqualTo(TupleValue.of("a", IntValue.of(1)));
        assertThatThrownBy(() -> ConsensusCodec.decode(ab, onlyA, Epoch.E2_3))
                .isInstanceOf(ConsensusCodec.DecodeException.class);
    }

    /** Malformed inputs, read untyped: hex | failure. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ''                                              | MALFORMED
            0f                                              | MALFORMED
            000000000000000000000000000000000101            | MALFORMED
            00000000000000000000000000000001                | MALFORMED
            0d00000001ff                                    | MALFORMED
            0e00000002c0af                                  | MALFORMED
            0e00000003eda080                                | MALFORMED
            0c00000000                                      | MALFORMED
            0c000000010231610000000000000000000000000000000001 | MALFORMED
            0c000000020161000000000000000000000000000000000101610000000000000000000000000000000002 | MALFORMED
            0b000000020000000000000000000000000000000001010000000000000000000000000000000002 | MALFORMED
            061a11111111111111111111111111111111111111110431616263 | MALFORMED
            02ffffffff                                      | MALFORMED
            05201111111111111111111111111111111111111111    | UNEXPECTED_SERIALIZATION
            """)
    void refusesMalformedInput(String hex, ConsensusCodec.Failure failure) {
        assertThatThrownBy(() -> ConsensusCodec.decode(HEX.parseHex(hex)))
                .isInstanceOfSatisfying(ConsensusCodec.DecodeException.class,
                        e -> assertThat(e.failure()).isEqualTo(failure));
    }

    @Test
    void keepsTheLastOfARepeatedTypedField() throws Exception {
        TypeSignature ab = new TupleType(List.of("a", "b"), List.of(TypeSignature.INT, TypeSignature.INT));
        byte[] aa = HEX.parseHex("0c000000020161000000000000000000000000000000000101610000000000000000000000000000000002");
        // the reference (before epoch 4.1) answers a tuple that lacks b
        assertThat(ConsensusCodec.decode(aa, ab, Epoch.E3_2)).isEqualTo(TupleValue.of("a", IntValue.of(2)));
    }

    @Test
    void limitsNestingTo16LevelsBeforeEpoch24() throws Exception {
        TypeSignature t = TypeSignature.INT;
        Value v = IntValue.of(1);
        for (int i = 0; i < 16; i++) {
            t = new OptionalType(t);
            v = new SomeValue(v);
        }
        byte[] deep = ConsensusCodec.encode(v);
        TypeSignature expected = t;
        assertThatThrownBy(() -> ConsensusCodec.decode(deep, expected, Epoch.E2_3))
                .isInstanceOf(ConsensusCodec.DecodeException.class);
        assertThat(ConsensusCodec.decode(deep, expected, Epoch.E2_4)).isEqualTo(v);
        assertThat(ConsensusCodec.decode(HEX.parseHex("0200000000"), new BufferType(0), Epoch.E3_2))
                .isEqualTo(BufferValue.EMPTY);
    }
}
