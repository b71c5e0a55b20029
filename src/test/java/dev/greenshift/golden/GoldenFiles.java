package dev.greenshift.golden;

import java.io.File;
import java.nio.file.Path;
import org.approvaltests.Approvals;
import org.approvaltests.core.Options;
import org.approvaltests.namer.ApprovalNamer;
import org.approvaltests.reporters.QuietReporter;

/**
 * Approval of a text against a golden file we name ourselves (golden/ is laid out by pack and
 * recipe, not by test class). On a mismatch the received file is written beside the approved one
 * and the test fails; nothing opens a diff tool, so it behaves the same in CI.
 */
public final class GoldenFiles {
    private GoldenFiles() {
    }

    public static void verify(String received, Path approved, Path receivedFile) {
        Approvals.verify(received, new Options(new QuietReporter()).forFile().withNamer(new FixedNamer(approved, receivedFile)));
    }

    private record FixedNamer(Path approved, Path received) implements ApprovalNamer {
        @Override
        public File getApprovedFile(String extensionWithDot) {
            return approved.toFile();
        }

        @Override
        public File getReceivedFile(String extensionWithDot) {
            return received.toFile();
        }

        @Override
        public ApprovalNamer addAdditionalInformation(String info) {
            return this;
        }

        @Override
        public String getAdditionalInformation() {
            return "";
        }

        @Override
        public String getApprovalName() {
            String name = approved.getFileName().toString();
            return name.substring(0, name.indexOf('.'));
        }

        @Override
        public String getSourceFilePath() {
            Path parent = approved.toAbsolutePath().getParent();
            return parent + File.separator;
        }
    }
}
