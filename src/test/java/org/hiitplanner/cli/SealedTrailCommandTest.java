package org.hiitplanner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hiitplanner.domain.study.Study;
import org.hiitplanner.storage.StudyStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The trail seals the data (issue 12): the demo (its trail sealed when written) with two sessions recorded by the
 * command line has three entries; each of the five tamperings is an error in {@code validate} and fails
 * {@code audit --verify}, naming what; {@code --expect HEAD}; the head on every PDF page.
 */
class SealedTrailCommandTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T15:30:00Z"), ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path study;

    @BeforeEach
    void demoWithTwoRecords() {
        study = StudyFilesForTests.demo(dir);
        for (String animal : List.of("R15", "R16")) {
            CliRun.runAt(CLOCK, "record", study.toString(), "--animal", animal, "--date", "2026-11-23",
                    "--completed", "--operator", "T. Tech").assertSuccess();
        }
    }

    private void tamper(Consumer<ObjectNode> change) throws IOException {
        ObjectNode root = (ObjectNode) JSON.readTree(Files.readString(study));
        change.accept(root);
        Files.writeString(study, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root));
    }

    private Study load() throws Exception {
        return new StudyStore().load(study);
    }

    private String head() throws Exception {
        return load().auditLog().head();
    }

    /** validate: exit 1 with the trail's error first; audit --verify: exit 1 naming the same. */
    private void assertReported(String validateLine) {
        CliRun validate = CliRun.runAt(CLOCK, "validate", study.toString());
        assertEquals(1, validate.exit(), validate::toString);
        assertEquals(validateLine, validate.out().lines().findFirst().orElse(""), validate::toString);
        CliRun verify = CliRun.runAt(CLOCK, "audit", study.toString(), "--verify").assertUserError();
        String message = validateLine.substring(validateLine.indexOf(": ") + 2);
        assertTrue(verify.err().contains(message), verify::toString);
        assertTrue(verify.err().contains(study.toString()), verify::toString);
    }

    @Test
    void anUntouchedStudyVerifiesAndPrintsItsHead() throws Exception {
        String head = head();
        assertTrue(head.startsWith("3 · "), head);

        CliRun r = CliRun.runAt(CLOCK, "audit", study.toString(), "--verify").assertSuccess();

        assertEquals("audit trail intact: 3 entries, head " + head + "; it seals the study's data"
                + System.lineSeparator(), r.out());
        CliRun.runAt(CLOCK, "validate", study.toString()).assertSuccess();
    }

    @Test
    void aRecordsStatusEditedInTheFile() throws Exception {
        tamper(root -> ((ObjectNode) root.withArray("sessionRecords").get(0)).put("status", "PARTIAL")
                .put("intervalsCompleted", 3));

        assertReported("ERROR $.auditLog[2]: the audit trail does not cover the data: the study's data differ from "
                + "what audit entry 3 sealed in session records: they were changed outside the program, or entries "
                + "after it were removed");
    }

    @Test
    void aRecordDeletedFromTheFile() throws Exception {
        tamper(root -> root.withArray("sessionRecords").remove(1));

        assertReported("ERROR $.auditLog[2]: the audit trail does not cover the data: the study's data differ from "
                + "what audit entry 3 sealed in session records (2 sealed, 1 now): they were changed outside the "
                + "program, or entries after it were removed");
    }

    @Test
    void theTrailEmptied() throws Exception {
        int results = load().stepTestResults().size();
        tamper(root -> root.withArray("auditLog").removeAll());

        assertReported("ERROR $.auditLog: the audit trail does not cover the data: the audit trail is empty "
                + "although the study holds 28 animals, 2 session records and " + results + " step-test results: "
                + "it was emptied, or the study was never sealed");
    }

    @Test
    void itsLastEntryDropped() throws Exception {
        tamper(root -> root.withArray("auditLog").remove(2));

        assertReported("ERROR $.auditLog[1]: the audit trail does not cover the data: the study's data differ from "
                + "what audit entry 2 sealed: they were changed outside the program, or entries after it were "
                + "removed");
    }

    @Test
    void anEntryAppendedByHand() throws Exception {
        tamper(root -> {
            ArrayNode log = root.withArray("auditLog");
            ObjectNode forged = log.get(2).deepCopy();
            forged.put("sequence", 4).put("what", "session record R13 2026-11-23")
                    .put("previousHash", log.get(2).get("hash").asText());
            log.add(forged);
        });

        assertReported("ERROR $.auditLog[3]: the audit trail is damaged: audit entry 4 was changed after it was "
                + "written: its content does not match its hash");
    }

    @Test
    void expectTheRightHeadAndAWrongOne() throws Exception {
        Study s = load();
        String head = s.auditLog().head();
        String second = "2 · " + s.auditLog().entries().get(1).hash().substring(0, 8);

        CliRun.runAt(CLOCK, "audit", study.toString(), "--verify", "--expect", head).assertSuccess();
        CliRun.runAt(CLOCK, "audit", study.toString(), "--verify", "--expect", head.replace(" · ", ":"))
                .assertSuccess();
        CliRun older = CliRun.runAt(CLOCK, "audit", study.toString(), "--verify", "--expect", second)
                .assertUserError();
        assertTrue(older.err().contains("the audit trail's head is " + head + ", not " + second + " as expected: "
                + "the trail grew by 1 entries since; the first 2 are the ones expected"), older::toString);
        String forged = "3 · 0123abcd";
        CliRun wrong = CliRun.runAt(CLOCK, "audit", study.toString(), "--verify", "--expect", forged)
                .assertUserError();
        assertTrue(wrong.err().contains("the audit trail's head is " + head + ", not " + forged + " as expected: "
                + "entry 3 is not the one that had that hash: the trail was rewritten"), wrong::toString);
        CliRun.runAt(CLOCK, "audit", study.toString(), "--expect", head).assertUsageError();
    }

    @Test
    void theHeadIsOnEveryPdfPage() throws Exception {
        String head = head();
        Path pdf = dir.resolve("audit.pdf");

        CliRun.runAt(CLOCK, "audit", study.toString(), "--pdf", pdf.toString()).assertSuccess();

        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(doc);
                assertTrue(text.contains("audit trail " + head), text);
            }
        }
    }
}
