package org.hiitplanner.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;

import org.hiitplanner.domain.study.DemoStudy;
import org.hiitplanner.domain.study.Study;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicSaveTest {
    private final StudyStore store = new StudyStore();
    private final Study first = DemoStudy.create();
    private final Study second = DemoStudy.create(LocalDate.of(2027, 1, 4));

    @TempDir
    Path dir;

    private byte[] json(Study study) {
        return store.toJson(study).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void firstSaveWritesTheFileAndNoBackup() throws Exception {
        Path file = dir.resolve("study.hiit.json");

        store.save(first, file);

        assertArrayEquals(json(first), Files.readAllBytes(file));
        assertEquals(List.of("study.hiit.json"), Fixtures.listing(dir));
    }

    @Test
    void secondSaveKeepsThePreviousContentAsBak() throws Exception {
        Path file = dir.resolve("study.hiit.json");
        store.save(first, file);

        store.save(second, file);

        assertArrayEquals(json(second), Files.readAllBytes(file));
        assertArrayEquals(json(first), Files.readAllBytes(dir.resolve("study.hiit.json.bak")));
        assertEquals(List.of("study.hiit.json", "study.hiit.json.bak"), Fixtures.listing(dir),
                "no temporary file may be left behind");
        assertEquals(second, store.load(file));
    }

    @Test
    void missingFolderFailsWithAReasonAndCreatesNothing() throws Exception {
        Path file = dir.resolve("no-such-folder").resolve("study.hiit.json");

        StudyFileException e = assertThrows(StudyFileException.class, () -> store.save(first, file));

        assertEquals(file + ": cannot save the study: the folder does not exist: " + dir.resolve("no-such-folder")
                + "; nothing was written", e.getMessage());
        assertEquals(List.of(), Fixtures.listing(dir));
    }

    @Test
    void theBackupIsReplacedByRenameAndNoTemporaryFileIsLeft() throws Exception {
        Path file = dir.resolve("study.hiit.json");
        store.save(first, file);
        store.save(second, file);
        Path backup = dir.resolve("study.hiit.json.bak");
        assertEquals(first, store.load(backup), "the .bak holds the previous save");
        store.save(first, file);
        assertEquals(second, store.load(backup));
        assertEquals(List.of("study.hiit.json", "study.hiit.json.bak"), Fixtures.listing(dir));
    }

    @Test
    void leftoversOfACrashAreRemovedButNothingElse() throws Exception {
        Path file = dir.resolve("study.hiit.json");
        store.save(first, file);
        java.nio.file.Files.writeString(dir.resolve(".study.hiit.json.0123456789abcdef.tmp"), "half");
        java.nio.file.Files.writeString(dir.resolve(".study.hiit.json.fedcba9876543210.bak.tmp"), "half");
        java.nio.file.Files.writeString(dir.resolve(".other.hiit.json.0123456789abcdef.tmp"), "not ours");
        java.nio.file.Files.writeString(dir.resolve("notes.tmp"), "the user's");

        assertEquals(2, store.removeLeftovers(file));
        assertEquals(List.of(".other.hiit.json.0123456789abcdef.tmp", "notes.tmp", "study.hiit.json"),
                Fixtures.listing(dir));
    }

    @Test
    void targetThatIsAFolderIsLeftIntact() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("study.hiit.json"));
        Files.writeString(folder.resolve("inside.txt"), "keep me");

        StudyFileException e = assertThrows(StudyFileException.class, () -> store.save(first, folder));

        assertTrue(e.getMessage().startsWith(folder + ": cannot save the study: this is a folder, not a file"),
                e.getMessage());
        assertEquals("keep me", Files.readString(folder.resolve("inside.txt")));
        assertEquals(List.of("study.hiit.json"), Fixtures.listing(dir));
    }

    @Test
    void failureAfterWritingTheTempFileLeavesThePreviousFileIntact() throws Exception {
        Path file = dir.resolve("study.hiit.json");
        store.save(first, file);
        // a non-empty folder where the backup must go makes the save fail after the new content was written
        Path blocker = Files.createDirectory(dir.resolve("study.hiit.json.bak"));
        Files.writeString(blocker.resolve("x"), "x");

        StudyFileException e = assertThrows(StudyFileException.class, () -> store.save(second, file));

        assertTrue(e.getMessage().startsWith(file + ": cannot save the study: "), e.getMessage());
        assertTrue(e.getMessage().contains("study.hiit.json.bak"), e.getMessage());
        assertArrayEquals(json(first), Files.readAllBytes(file));
        assertEquals(List.of("study.hiit.json", "study.hiit.json.bak"), Fixtures.listing(dir),
                "the temporary file must be deleted");
    }

    @Test
    void permissionsOfThePreviousFileAreKept() throws Exception {
        Path file = dir.resolve("study.hiit.json");
        store.save(first, file);
        assumeTrue(Files.getFileStore(dir).supportsFileAttributeView("posix"), "needs POSIX permissions");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw----"));

        store.save(second, file);

        assertEquals("rw-rw----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void aSymbolicLinkStaysALinkAndItsTargetGetsTheNewContent() throws Exception {
        Path real = Files.createDirectory(dir.resolve("real")).resolve("study.hiit.json");
        store.save(first, real);
        Path link = dir.resolve("link.hiit.json");
        try {
            Files.createSymbolicLink(link, real);
        } catch (UnsupportedOperationException | java.io.IOException e) {
            assumeTrue(false, "symbolic links are not available here");
        }

        store.save(second, link);

        assertTrue(Files.isSymbolicLink(link));
        assertArrayEquals(json(second), Files.readAllBytes(real));
        assertArrayEquals(json(first), Files.readAllBytes(real.resolveSibling("study.hiit.json.bak")));
        assertFalse(Files.exists(dir.resolve("link.hiit.json.bak")));
    }
}
