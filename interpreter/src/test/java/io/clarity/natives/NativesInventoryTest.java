package io.clarity.natives;

import static org.assertj.core.api.Assertions.assertThat;

import io.clarity.support.SharedDir;
import io.clarity.vocabulary.DefineKind;
import io.clarity.vocabulary.NativeFunction;
import io.clarity.vocabulary.NativeVariable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Our inventory of natives, keywords and define forms must be the reference's: the same names
 * with the same first and last versions as {@code ../shared/reference/natives.tsv}.
 */
class NativesInventoryTest {

    private static Map<String, String> reference(String... categories) throws IOException {
        Path tsv = SharedDir.require().resolve("reference/natives.tsv");
        Map<String, String> out = new TreeMap<>();
        for (String line : Files.readAllLines(tsv)) {
            if (line.startsWith("#") || line.startsWith("name\t") || line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            boolean wanted = categories.length == 0
                    ? !f[3].equals("keyword") && !f[3].equals("define")
                    : Arrays.asList(categories).contains(f[3]);
            if (wanted) {
                out.put(f[0], f[1] + "-" + (f[2].isEmpty() ? "" : f[2]));
            }
        }
        return out;
    }

    @Test
    void nativeFunctionsMatchTheReference() throws IOException {
        Map<String, String> ours = Arrays.stream(NativeFunction.values()).collect(Collectors.toMap(
                NativeFunction::clarityName, f -> f.since() + "-" + (f.until() == 0 ? "" : f.until()), (a, b) -> a, TreeMap::new));
        assertThat(ours).isEqualTo(reference());
    }

    @Test
    void keywordsMatchTheReference() throws IOException {
        Map<String, String> ours = Arrays.stream(NativeVariable.values()).collect(Collectors.toMap(
                NativeVariable::clarityName, k -> k.since() + "-" + (k.until() == 0 ? "" : k.until()), (a, b) -> a, TreeMap::new));
        assertThat(ours).isEqualTo(reference("keyword"));
    }

    @Test
    void defineFormsMatchTheReference() throws IOException {
        Map<String, String> ours = Arrays.stream(DefineKind.values()).collect(Collectors.toMap(
                DefineKind::clarityName, k -> "1-", (a, b) -> a, TreeMap::new));
        assertThat(ours).isEqualTo(reference("define"));
    }
}
