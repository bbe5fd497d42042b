package io.clarity.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.clarity.error.CallErrorKind;
import io.clarity.error.CheckErrorKind;
import io.clarity.error.ErrorCatalogue;
import io.clarity.error.ErrorKind;
import io.clarity.error.ParseErrorKind;
import io.clarity.error.RuntimeErrorKind;
import io.clarity.scenario.ScenarioReader;
import io.clarity.scenario.ScenarioRunner;
import io.clarity.scenario.Step;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The error catalogue explains every error kind, and every example still gives what the real VM
 * gave: each scenario under {@code src/test/resources/explain-examples} (written and recorded by
 * {@code scripts/record-error-examples.mjs}) is the entry's example, runs here as on the oracle
 * (the conformance rule), its recorded result is the one {@code clarity explain} prints, and,
 * unless the entry says the kind is unreachable on the real VM, our run reports that very kind.
 */
class ErrorCatalogueTest {

    private static final Path EXAMPLES = Path.of("src/test/resources/explain-examples");
    private static final ErrorCatalogue CATALOGUE = ErrorCatalogue.get();

    /** The constants of the four enums, listed here rather than taken from the catalogue's own list. */
    private static List<ErrorKind> everyKind() {
        List<ErrorKind> all = new ArrayList<>();
        all.addAll(List.of(ParseErrorKind.values()));
        all.addAll(List.of(CheckErrorKind.values()));
        all.addAll(List.of(RuntimeErrorKind.values()));
        all.addAll(List.of(CallErrorKind.values()));
        return all;
    }

    @Test
    void everyConstantOfEveryErrorKindEnumHasAnEntry() {
        List<String> missing = new ArrayList<>();
        for (ErrorKind k : everyKind()) {
            ErrorCatalogue.Entry e = CATALOGUE.entry(k);
            if (e == null || e.means().isEmpty() || e.causes().isEmpty() || e.fixes().isEmpty() || e.example().isEmpty()) {
                missing.add(ErrorCatalogue.key(k));
            }
        }
        assertThat(missing).as("kinds without a full entry in explain.txt").isEmpty();
        assertThat(CATALOGUE.entries()).hasSize(everyKind().size());
        assertThat(ErrorCatalogue.kinds()).containsExactlyElementsOf(everyKind());
    }

    @Test
    void aKindSharedByCategoriesIsPointedAtWithItsCategory() {
        assertThat(ErrorCatalogue.pointer(CheckErrorKind.UndefinedVariable)).isEqualTo("clarity explain UndefinedVariable");
        assertThat(ErrorCatalogue.pointer(RuntimeErrorKind.NameAlreadyUsed)).isEqualTo("clarity explain runtime/NameAlreadyUsed");
        assertThat(CATALOGUE.find("runtime/nameALREADYused")).extracting(ErrorCatalogue.Entry::kind)
                .containsExactly(RuntimeErrorKind.NameAlreadyUsed);
        assertThat(CATALOGUE.find("namealreadyused")).hasSize(3);
        assertThat(CATALOGUE.suggestions("UndefinedVarable")).startsWith("UndefinedVariable");
        assertThat(CATALOGUE.suggestions("zzzz")).isEmpty();
    }

    @Test
    void theLibrarysMessagePointsAtTheEntryButTheTranscriptLineDoesNot() {
        var e = CheckErrorKind.UndefinedVariable.error("x").withHelp("a hint");
        assertThat(e.describe()).isEqualTo("UndefinedVariable: 'x' is not defined");
        assertThat(e.toString()).isEqualTo("UndefinedVariable: 'x' is not defined\n  = help: a hint\n"
                + "  = see: clarity explain UndefinedVariable");
    }

    @TestFactory
    Stream<DynamicTest> everyExampleStillGivesItsRecordedResult() {
        return CATALOGUE.entries().stream().map(e -> DynamicTest.dynamicTest(e.key(),
                EXAMPLES.resolve(base(e) + ".scn").toUri(), () -> check(e)));
    }

    private static String base(ErrorCatalogue.Entry e) {
        return e.key().replace('/', '-');
    }

    private static void check(ErrorCatalogue.Entry e) throws IOException {
        Path scn = EXAMPLES.resolve(base(e) + ".scn");
        Path out = EXAMPLES.resolve(base(e) + ".out");
        String rerecord = " (run node scripts/record-error-examples.mjs)";
        assertThat(scn).as("the example's scenario" + rerecord).exists();
        assertThat(out).as("the example's recorded transcript" + rerecord).exists();
        String text = Files.readString(scn);
        List<String> steps = text.lines().filter(l -> !l.startsWith("#")).toList();
        assertThat(String.join("\n", steps)).as("the scenario is the entry's example" + rerecord)
                .isEqualTo(String.join("\n", e.example()));

        List<String> recorded = Files.readAllLines(out);
        List<String> heads = recorded.stream().filter(l -> !l.isEmpty() && !l.startsWith("  ")).toList();
        String last = heads.get(heads.size() - 1);
        assertThat(last).as("the result in explain.txt is the recorded one" + rerecord).endsWith(" " + e.result());

        List<Step> parsed = ScenarioReader.read(text);
        List<String> lines = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        new ScenarioRunner(EXAMPLES, null, lines::add, false, true).afterEachStep(s -> ends.add(lines.size())).run(text);
        List<List<String>> ours = new ArrayList<>();
        int start = 0;
        for (int end : ends) {
            ours.add(lines.subList(start, end));
            start = end;
        }
        List<String> verdicts = StepAlignment.mismatches(parsed, ours, recorded);
        assertThat(verdicts.stream().filter(Objects::nonNull).toList()).as("our run against the oracle's").isEmpty();

        if (e.unreachable() == null) {
            String ourLast = ours.get(ours.size() - 1).get(0);
            Pattern named = Pattern.compile("( error: | / )" + e.kind().name() + ": ");
            assertThat(named.matcher(ourLast).find()).as("the example reports %s: %s", e.kind().name(), ourLast).isTrue();
        }
    }
}
