package io.clarity.cli;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.Test;

/** Keeps the packages of the command line free of cycles, the root package (the commands) included. */
class PackageCyclesTest {

    @Test
    void packagesFormNoCycle() {
        slices().assignedFrom(new CliPackages()).should().beFreeOfCycles().check(new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages(Main.class.getPackageName()));
    }

    /** The root package of the command line, and each package right under it. */
    private static final class CliPackages implements SliceAssignment {

        @Override
        public SliceIdentifier getIdentifierOf(JavaClass c) {
            String root = Main.class.getPackageName();
            String pkg = c.getPackageName();
            if (pkg.equals(root)) {
                return SliceIdentifier.of("(commands)");
            }
            return pkg.startsWith(root + ".")
                    ? SliceIdentifier.of(pkg.substring(root.length() + 1).split("\\.", 2)[0])
                    : SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "the packages of the command line";
        }
    }
}
