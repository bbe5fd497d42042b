package io.clarity.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checker finds each fault lcov 2.x refuses (so that a test that finds none means something). */
class LcovCheckTest {

    @TempDir
    Path dir;
    private String sf;

    @BeforeEach
    void source() throws IOException {
        Path file = dir.resolve("c.clar");
        Files.writeString(file, "(define-public (f (n uint))\n  (begin\n    (asserts! (> n u0) (err u1))\n    (ok n)))\n");
        sf = "SF:" + file + "\n";
    }

    private String record(String body) {
        return "TN:\n" + sf + body + "end_of_record\n";
    }

    private static final String GOOD = """
            FN:1,f
            FNDA:2,f
            FNF:1
            FNH:1
            BRDA:3,0,0,1
            BRDA:3,0,1,1
            BRF:2
            BRH:2
            DA:2,2
            DA:3,2
            DA:4,1
            LF:3
            LH:3
            """;

    @Test
    void aGoodRecordHasNoFault() {
        assertThat(LcovCheck.faults(record(GOOD))).isEmpty();
    }

    @Test
    void findsEachFault() {
        assertThat(LcovCheck.faults(record(GOOD.replace("FN:1,f\n", ""))))
                .anyMatch(f -> f.contains("FNDA of f without an FN"));
        assertThat(LcovCheck.faults(record(GOOD.replace("DA:4,1", "DA:9,1"))))
                .anyMatch(f -> f.contains("line 9 is outside"));
        assertThat(LcovCheck.faults(record(GOOD.replace("BRDA:3,0,1,1", "BRDA:3,0,0,1"))))
                .anyMatch(f -> f.contains("listed twice"));
        assertThat(LcovCheck.faults(record(GOOD.replace("BRDA:3,0,1,1", "BRDA:3,0,2,1"))))
                .anyMatch(f -> f.contains("lacks arm 1"));
        assertThat(LcovCheck.faults(record(GOOD.replace("BRDA:3,0,1,1", "BRDA:4,0,1,1"))))
                .anyMatch(f -> f.contains("block 0 on line 4 and on line 3"));
        assertThat(LcovCheck.faults(record(GOOD.replace("BRDA:3,0,1,1", "BRDA:3,0,1,-"))))
                .anyMatch(f -> f.contains("'-' on some arms"));
        assertThat(LcovCheck.faults(record(GOOD.replace("DA:3,2\n", "").replace("LF:3\nLH:3", "LF:2\nLH:2"))))
                .anyMatch(f -> f.contains("which has no DA"));
        assertThat(LcovCheck.faults(record(GOOD.replace("BRH:2", "BRH:1"))))
                .anyMatch(f -> f.contains("BRH:1 but the records"));
        assertThat(LcovCheck.faults(record(GOOD.replace("DA:2,2\nDA:3,2", "DA:3,2\nDA:2,2"))))
                .anyMatch(f -> f.contains("DA of line 2 after line 3"));
        assertThat(LcovCheck.faults(record(GOOD).replace("end_of_record\n", "")))
                .anyMatch(f -> f.contains("no end_of_record"));
        assertThat(LcovCheck.faults(record(GOOD).replace(sf, "SF:" + dir.resolve("gone.clar") + "\n")))
                .anyMatch(f -> f.contains("not a readable file"));
    }

    @Test
    void readingAnFndaWithoutItsFnIsAClearError() {
        assertThatThrownBy(() -> Lcov.parse(record(GOOD.replace("FN:1,f\n", "")), "lcov.info"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("lcov.info:3: FNDA of f without its FN");
        assertThatThrownBy(() -> Lcov.parse("DA:1,1\n", "x.info"))
                .hasMessage("x.info:1: \"DA:1,1\" before any SF record");
    }
}
