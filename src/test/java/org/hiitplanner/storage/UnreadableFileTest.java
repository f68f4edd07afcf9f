package org.hiitplanner.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that are not study files at all: each gives one message naming the file and the problem. */
class UnreadableFileTest {
    private final StudyStore store = new StudyStore();

    @TempDir
    Path dir;

    private String message(Path file) {
        StudyFileException e = assertThrows(StudyFileException.class, () -> store.load(file));
        assertTrue(e.getMessage().startsWith(file + ": "), e.getMessage());
        return e.getMessage().substring((file + ": ").length());
    }

    private Path write(String name, byte[] content) throws Exception {
        return Files.write(dir.resolve(name), content);
    }

    @Test
    void aFolder() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("study.hiit.json"));

        assertEquals("this is a folder, not a study file", message(folder));
    }

    @Test
    void aMissingFile() {
        assertEquals("the file does not exist", message(dir.resolve("nowhere.hiit.json")));
    }

    @Test
    void notUtf8() throws Exception {
        String text = Fixtures.text(Fixtures.SMALL_STUDY).replace("A. Investigator", "A. Investigator\u00e9");
        byte[] latin1 = text.getBytes(StandardCharsets.ISO_8859_1);
        Path file = write("latin1.hiit.json", latin1);

        String message = message(file);

        // line 7 is `  "investigator": "A. Investigatoré",`: the é is its 35th byte (ISO-8859-1: one byte each)
        assertTrue(message.startsWith("line 7, column 35: the file is not UTF-8 text (byte 0xE9 at byte "), message);
        assertArrayEquals(latin1, Files.readAllBytes(file));
    }

    @Test
    void utf16IsNamed() throws Exception {
        Path file = write("utf16.hiit.json", Fixtures.text(Fixtures.SMALL_STUDY).getBytes(StandardCharsets.UTF_16));

        assertTrue(message(file).startsWith("the file is UTF-16 text; study files must be UTF-8"));
    }

    @Test
    void utf8ByteOrderMarkIsAccepted() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] study = Fixtures.bytes(Fixtures.SMALL_STUDY);
        byte[] both = new byte[bom.length + study.length];
        System.arraycopy(bom, 0, both, 0, bom.length);
        System.arraycopy(study, 0, both, bom.length, study.length);

        assertEquals("Small fixture study", store.load(write("bom.hiit.json", both)).info().title());
    }

    @Test
    void tooLargeIsRefusedBeforeReading() throws Exception {
        Path file = dir.resolve("huge.hiit.json");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(JsonMapperFactory.MAX_DOCUMENT_BYTES + 1);
        }

        long limit = JsonMapperFactory.MAX_DOCUMENT_BYTES; // an eighth of this Java's memory, 64 MiB to 1 GiB
        assertTrue(limit >= 64L << 20 && limit <= 1L << 30, String.valueOf(limit));
        assertEquals("the file is too large (" + (limit + 1) + " bytes); a study file may be at most " + limit
                + " bytes, so this is not a study file or it is damaged", message(file));
    }

    @Test
    void onlyBlankSpace() throws Exception {
        assertTrue(message(write("blank.hiit.json", " \n\t\n".getBytes(StandardCharsets.UTF_8)))
                .startsWith("the file is empty (it contains only blank space)"));
    }

    @Test
    void topLevelListIsNotAStudy() throws Exception {
        assertEquals("line 1, column 1: this is not a HIIT Planner study: expected a JSON object { … } at the top,"
                + " found a list [ … ]",
                message(write("list.hiit.json", "[1, 2]".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void textAfterTheObject() throws Exception {
        Path file = write("two.hiit.json", "{\"schemaVersion\": 1}\n{}".getBytes(StandardCharsets.UTF_8));

        assertEquals("line 2, column 1: there is more text after the end of the study (the study's { … } ends at"
                + " line 1, column 20), beginning with \"{}\"; remove it, or the file was put together from two files",
                message(file));
    }

    @Test
    void wordsAfterTheObjectAreNotCalledTruncated() throws Exception {
        Path file = write("tail.hiit.json", "{\"schemaVersion\": 1}\n  xyz".getBytes(StandardCharsets.UTF_8));

        assertEquals("line 2, column 3: there is more text after the end of the study (the study's { … } ends at"
                + " line 1, column 20), beginning with \"xyz\"; remove it, or the file was put together from two files",
                message(file));
    }

    @Test
    void aFileThatIsNotJsonAtAllIsNotAStudyFile() throws Exception {
        Path file = write("hello.hiit.json", "hello".getBytes(StandardCharsets.UTF_8));

        assertEquals("line 1, column 1: this is not a study file: a study file is JSON text that begins with {, and"
                + " this file begins with \"hello\"", message(file));
        assertEquals(List.of("hello.hiit.json"), Fixtures.listing(dir));
    }

    @Test
    void aNumberWhoseExponentOverflowsIsNamedWithItsPlace() throws Exception {
        Path file = write("big.hiit.json", "{\"schemaVersion\": 5,\n  \"title\": 1E+2147483648}"
                .getBytes(StandardCharsets.UTF_8));

        assertEquals("line 2, column 12: the number 1E+2147483648 cannot be read: its exponent is too large; a study"
                + " holds numbers with at most 9 digits before and 9 after the decimal point", message(file));
    }

    @Test
    void runningOutOfMemoryNamesTheFileAndItsSize() throws Exception {
        Path file = write("huge.hiit.json", new byte[3 << 20]);

        StudyFileException e = assertThrows(StudyFileException.class, () -> StudyFileInput.withinMemory(file, () -> {
            throw new OutOfMemoryError("Java heap space");
        }));

        assertEquals(file + ": not enough memory to open this study (3 MiB); close other programs, or start HIIT"
                + " Planner with more memory (for example java -Xmx4g -jar hiit-planner.jar)", e.getMessage());
        assertEquals(file, e.file());
    }

    @Test
    void duplicateKeyIsMalformed() throws Exception {
        Path file = write("dup.hiit.json", "{\"schemaVersion\": 1,\n \"schemaVersion\": 1}"
                .getBytes(StandardCharsets.UTF_8));

        assertEquals("line 2, column 17: this is not valid JSON: Duplicate field 'schemaVersion'", message(file));
    }

    @Test
    void schemaVersionOfTheWrongType() throws Exception {
        Path file = write("v.hiit.json", "{\"schemaVersion\": \"1\"}".getBytes(StandardCharsets.UTF_8));

        assertEquals("$.schemaVersion: expected a whole number, found \"1\"", message(file));
    }

    @Test
    void schemaVersionZero() throws Exception {
        Path file = write("v0.hiit.json", "{\"schemaVersion\": 0}".getBytes(StandardCharsets.UTF_8));

        assertEquals("$.schemaVersion: must be 1 or more (was 0)", message(file));
    }

    @Test
    void readingLeavesTheFolderAsItWas() throws Exception {
        Path file = Fixtures.copy("truncated.hiit.json", dir);
        assertThrows(StudyFileException.class, () -> store.read(file));

        assertEquals(List.of("truncated.hiit.json"), Fixtures.listing(dir));
    }

    @Test
    void fileCutInsideAWordIsTruncatedToo() throws Exception {
        String text = Fixtures.text(Fixtures.SMALL_STUDY);
        Path file = write("cut.hiit.json", text.substring(0, text.indexOf("\"trains\": false") + 12)
                .getBytes(StandardCharsets.UTF_8));

        String message = message(file);

        // line 12 is `      "trains": fa`
        assertTrue(message.startsWith("line 12, column "), message);
        assertTrue(message.contains("the file ends too early, in the middle of the data: it seems truncated"), message);
    }
}
