package io.clarity.natives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clarity.natives.NativeDocs.Entry;
import io.clarity.natives.NativeDocs.Example;
import io.clarity.natives.NativeDocs.Kind;
import io.clarity.version.ClarityVersion;
import io.clarity.vocabulary.DefineKind;
import io.clarity.vocabulary.NativeFunction;
import io.clarity.vocabulary.NativeVariable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * docs.txt documents exactly the Clarity names of versions 1 to 5 (those of {@link NativeFunction},
 * {@link NativeVariable} and {@link DefineKind}), with their versions and kinds, and every example
 * result is the one the real VM printed in the transcripts kept under
 * {@code src/test/resources/docs-examples} (recorded by {@code scripts/record-doc-examples.mjs}).
 */
class NativeDocsTest {

    private static final Path TRANSCRIPTS = Path.of("src/test/resources/docs-examples");
    private static final NativeDocs DOCS = NativeDocs.get();

    private static boolean inSomeVersion(int since, int until) {
        return Arrays.stream(ClarityVersion.values())
                .anyMatch(v -> v.number() >= since && (until == 0 || v.number() <= until));
    }

    private static Entry documented(String name) {
        return DOCS.entries().stream().filter(e -> e.name().equals(name)).findFirst().orElse(null);
    }

    @Test
    void everyNativeFunctionOfVersions1To5IsDocumentedWithItsVersionsAndKind() {
        for (NativeFunction f : NativeFunction.values()) {
            if (!inSomeVersion(f.since(), f.until())) {
                continue;
            }
            Entry e = documented(f.clarityName());
            assertThat(e).as("docs.txt entry of %s", f.clarityName()).isNotNull();
            assertThat(e.since() + "-" + e.until()).as("versions of %s", f.clarityName())
                    .isEqualTo(f.since() + "-" + f.until());
            assertThat(e.kind()).as("kind of %s", f.clarityName()).isIn(documentedKinds(f));
        }
    }

    /**
     * The documentation says what the language does, the kind how the native is bound: a simple
     * native evaluates all its arguments, so it is a function; a special form may leave some
     * unevaluated (a special form) or evaluate them all itself, to charge its cost between them
     * (a function, such as append).
     */
    private static List<Kind> documentedKinds(NativeFunction f) {
        return switch (f.kind()) {
            case SIMPLE -> List.of(Kind.FUNCTION);
            case SPECIAL -> List.of(Kind.FUNCTION, Kind.SPECIAL_FORM);
        };
    }

    @Test
    void everyKeywordOfVersions1To5IsDocumentedWithItsVersions() {
        for (NativeVariable k : NativeVariable.values()) {
            if (!inSomeVersion(k.since(), k.until())) {
                continue;
            }
            Entry e = documented(k.clarityName());
            assertThat(e).as("docs.txt entry of %s", k.clarityName()).isNotNull();
            assertThat(e.kind()).isEqualTo(Kind.KEYWORD);
            assertThat(e.since() + "-" + e.until()).as("versions of %s", k.clarityName())
                    .isEqualTo(k.since() + "-" + k.until());
        }
    }

    @Test
    void everyDefineFormIsDocumented() {
        for (DefineKind d : DefineKind.values()) {
            Entry e = documented(d.clarityName());
            assertThat(e).as("docs.txt entry of %s", d.clarityName()).isNotNull();
            assertThat(e.kind()).isEqualTo(Kind.DEFINE);
            assertThat(e.since() + "-" + e.until()).isEqualTo("1-0");
        }
    }

    @Test
    void everyEntryNamesAClarityNameOfVersions1To5() {
        for (Entry e : DOCS.entries()) {
            boolean known = Arrays.stream(NativeFunction.values())
                            .anyMatch(f -> f.clarityName().equals(e.name()) && inSomeVersion(f.since(), f.until()))
                    || Arrays.stream(NativeVariable.values())
                            .anyMatch(k -> k.clarityName().equals(e.name()) && inSomeVersion(k.since(), k.until()))
                    || DefineKind.lookup(e.name()) != null;
            assertThat(known).as("%s is documented but is not a Clarity 1-5 name", e.name()).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(ClarityVersion.class)
    void theListsOfAVersionAreItsNames(ClarityVersion v) {
        assertThat(DOCS.functionNames(v)).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(NativeFunction.values()).filter(f -> f.existsIn(v)).map(NativeFunction::clarityName).toList());
        assertThat(DOCS.keywordNames(v)).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(NativeVariable.values()).filter(k -> k.existsIn(v)).map(NativeVariable::clarityName).toList());
        assertThat(DOCS.defineNames(v)).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(DefineKind.values()).map(DefineKind::clarityName).toList());
    }

    @Test
    void anEntryIsFoundOnlyInTheVersionsThatHaveTheName() {
        assertThat(DOCS.entry("map-get?", ClarityVersion.CLARITY1).signature()).isEqualTo("(map-get? map-name key)");
        assertThat(DOCS.entry("block-height", ClarityVersion.CLARITY2)).isNotNull();
        assertThat(DOCS.entry("block-height", ClarityVersion.CLARITY3)).isNull();
        assertThat(DOCS.entry("as-contract", ClarityVersion.CLARITY4)).isNull();
        assertThat(DOCS.entry("as-contract?", ClarityVersion.CLARITY3)).isNull();
        assertThat(DOCS.entry("with-stacking", ClarityVersion.CLARITY5)).isNotNull();
        assertThat(DOCS.entry("ed25519-verify", ClarityVersion.CLARITY5)).isNull();
        assertThat(DOCS.entry("no-such-name", ClarityVersion.CLARITY3)).isNull();
    }

    @Test
    void describeTextShowsUsageDescriptionAndExamples() {
        String text = DOCS.entry("/", ClarityVersion.CLARITY3).text();
        assertThat(text).startsWith("/ (function, Clarity 1 and later)")
                .contains("Usage\n  (/ i1 i2 ...)", "Description\n", "  (/ -7 2)\n  => -3", "!! runtime error: DivisionByZero");
    }

    @Test
    void everyExampleRunsInAVersionThatHasTheNameAndShowsAValueOrARuntimeError() {
        for (Entry e : DOCS.entries()) {
            for (Example x : e.examples()) {
                assertThat(e.existsIn(x.version())).as("%s: %s runs as %s", e.name(), x.code(), x.version()).isTrue();
                assertThat(x.result()).as("%s: %s", e.name(), x.code())
                        .doesNotStartWith("eval error:").doesNotStartWith("deploy error:")
                        .doesNotStartWith("internal error:").doesNotStartWith("?");
            }
        }
    }

    @Test
    void everyExampleResultIsTheOneTheRealVmPrinted() throws IOException {
        Map<String, List<String>> recorded = recordedResults();
        assertThat(recorded).as("transcripts in %s", TRANSCRIPTS).isNotEmpty();
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Entry e : DOCS.entries()) {
            for (Example x : e.examples()) {
                List<String> results = recorded.get(x.version().number() + " " + x.code());
                if (results == null || !results.contains(x.result())) {
                    wrong.add(e.name() + " (" + x.version() + "): " + x.code() + "\n  docs: " + x.result()
                            + "\n  VM:   " + (results == null ? "not recorded" : String.join(" | ", results)));
                }
                checked++;
            }
        }
        assertThat(wrong).as("examples whose result is not the recorded VM's among %d "
                + "(re-record with node scripts/record-doc-examples.mjs)", checked).isEmpty();
    }

    // Keys "N CODE" (N = the Clarity version of the transcript) to the results printed for CODE.
    private static Map<String, List<String>> recordedResults() throws IOException {
        Pattern epochLine = Pattern.compile("epoch \\S+ => epoch \\S+ \\(clarity (\\d)\\)");
        Pattern evalLine = Pattern.compile("eval (.*?) (?:=>|!!) (.*)");
        Map<String, List<String>> out = new HashMap<>();
        List<Path> files;
        try (Stream<Path> list = Files.list(TRANSCRIPTS)) {
            files = list.filter(p -> p.toString().endsWith(".out")).sorted().toList();
        }
        for (Path file : files) {
            List<String> lines = Files.readAllLines(file);
            Matcher epoch = epochLine.matcher(lines.isEmpty() ? "" : lines.get(0));
            assertThat(epoch.matches()).as("%s starts with its epoch", file).isTrue();
            String version = epoch.group(1);
            for (String line : lines) {
                Matcher m = evalLine.matcher(line);
                if (m.matches()) {
                    out.computeIfAbsent(version + " " + m.group(1), k -> new ArrayList<>()).add(m.group(2));
                }
            }
        }
        return out;
    }

    @Test
    void malformedDocumentationIsRejectedWithItsLine() {
        List<String> head = List.of("name: x", "kind: function", "versions: 1-", "signature: (x)", "output: int",
                "description: d");
        assertThatThrownBy(() -> NativeDocs.parse(concat(head, "result: 1")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("docs.txt:7");
        assertThatThrownBy(() -> NativeDocs.parse(concat(head, "example: (x)", "colour: red")))
                .hasMessageContaining("unknown key colour");
        assertThatThrownBy(() -> NativeDocs.parse(concat(head, "example: (x)")))
                .hasMessageContaining("example without its result");
        assertThatThrownBy(() -> NativeDocs.parse(List.of("name: x", "kind: gadget")))
                .hasMessageContaining("unknown kind gadget");
        assertThat(NativeDocs.parse(concat(head, "example@2: (x)", "result: 1")).entries().get(0).examples().get(0))
                .isEqualTo(new Example("(x)", "1", ClarityVersion.CLARITY2));
    }

    private static List<String> concat(List<String> head, String... tail) {
        List<String> all = new ArrayList<>(head);
        all.addAll(List.of(tail));
        return all;
    }
}
