package org.hiitplanner.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.hiitplanner.domain.animal.Animal;
import org.hiitplanner.domain.animal.Sex;
import org.hiitplanner.domain.study.DemoStudy;
import org.hiitplanner.domain.study.Study;
import org.hiitplanner.storage.AnimalCsvProblem.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading animals from CSV against the demo study (groups CON, T2D, HIIT, T2D+HIIT; rats R01–R28). */
class AnimalCsvReaderTest {
    private final Study demo = DemoStudy.create();
    private final AnimalCsvReader reader = new AnimalCsvReader();

    @TempDir
    Path dir;

    private AnimalCsvResult fixture(String name) throws IOException {
        Path file = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/animals/" + name)) {
            Files.copy(in, file);
        }
        return reader.read(file, demo);
    }

    private static AnimalCsvRow rowOnLine(AnimalCsvResult result, int line) {
        return result.rows().stream().filter(r -> r.line() == line).findFirst().orElseThrow(
                () -> new AssertionError("no row on line " + line + " in " + result.rows()));
    }

    @Test
    void semicolonsWithByteOrderMarkAndCrLf() throws IOException {
        AnimalCsvResult r = fixture("new-rats-semicolon-bom.csv");
        assertEquals(List.of(), r.fileProblems());
        assertEquals(List.of(
                new Animal("R29", "HIIT", Sex.MALE, LocalDate.of(2026, 9, 1), null, ""),
                new Animal("R30", "T2D", Sex.FEMALE, null, null, ""),
                new Animal("R31", "T2D+HIIT", Sex.FEMALE, LocalDate.of(2026, 9, 2), null, "")), r.goodAnimals());
        assertEquals(List.of(2, 3, 4), r.rows().stream().map(AnimalCsvRow::line).toList());
        assertTrue(r.importable());
    }

    @Test
    void everyRowProblemNamesItsLine() throws IOException {
        AnimalCsvResult r = fixture("mixed-problems.csv");
        assertEquals(List.of(), r.fileProblems());
        assertEquals(List.of(2, 3, 4, 5, 6, 8, 9, 10, 11), r.rows().stream().map(AnimalCsvRow::line).toList(),
                "the empty line 7 and the row of empty cells on line 12 are skipped");
        assertTrue(rowOnLine(r, 2).ok());
        assertEquals(List.of(AnimalCsvProblem.of(Kind.UNKNOWN_GROUP, "HIT", "CON, T2D, HIIT, T2D+HIIT")),
                rowOnLine(r, 3).problems());
        assertEquals(List.of(AnimalCsvProblem.of(Kind.BAD_SEX, "x")), rowOnLine(r, 4).problems());
        assertEquals(List.of(AnimalCsvProblem.of(Kind.BAD_DATE, "2026-13-01")), rowOnLine(r, 5).problems());
        assertEquals(List.of(AnimalCsvProblem.of(Kind.DUPLICATE_IN_FILE, "R40", 2)), rowOnLine(r, 6).problems());
        assertEquals(List.of(AnimalCsvProblem.of(Kind.DUPLICATE_IN_STUDY, "R01")), rowOnLine(r, 8).problems());
        assertEquals(List.of(AnimalCsvProblem.of(Kind.MISSING_COLUMN, "group")), rowOnLine(r, 9).problems());
        assertEquals(List.of(AnimalCsvProblem.of(Kind.EMPTY_VALUE, "id")), rowOnLine(r, 10).problems());
        assertEquals(new Animal("R45", "HIIT", Sex.MALE, null, null, ""), rowOnLine(r, 11).animal(),
                "a group written in another case is the study's group");
        assertEquals(List.of("R40", "R45"), r.goodAnimals().stream().map(Animal::id).toList());
        assertEquals(7, r.badRowCount());
        assertNull(rowOnLine(r, 3).animal());
        assertEquals("HIT", rowOnLine(r, 3).group(), "the preview shows the cell as written");
    }

    @Test
    void aBadIdCarriesTheDomainsMessage() {
        String longId = "R".repeat(33);
        AnimalCsvResult r = reader.parse("id,group,sex\n" + longId + ",CON,m\nR\u007Fx,CON,m\n", demo);
        String expected = assertThrows(IllegalArgumentException.class, () -> Animal.checkId(longId)).getMessage();
        assertEquals(List.of(AnimalCsvProblem.of(Kind.BAD_ID, expected)), r.rows().get(0).problems());
        assertEquals(Kind.BAD_ID, r.rows().get(1).problems().get(0).kind());
        assertTrue(r.rows().get(1).problems().get(0).arg(0).contains("cannot be printed at position 2"));
    }

    @Test
    void oneRowMayHaveSeveralProblems() {
        AnimalCsvResult r = reader.parse("id,group,sex,birth date\nR01,NOPE,q,1.2.2020\n", demo);
        assertEquals(List.of(Kind.DUPLICATE_IN_STUDY, Kind.UNKNOWN_GROUP, Kind.BAD_SEX, Kind.BAD_DATE),
                r.rows().get(0).problems().stream().map(AnimalCsvProblem::kind).toList());
        assertFalse(r.importable());
    }

    @Test
    void quotedCellsMayHoldTheSeparatorAndLineBreaks() {
        AnimalCsvResult r = reader.parse("id,group,sex\n\"R,50\",\"T2D+HIIT\",m\n\"R51\nx\",CON,f\nR52,CON,f\n",
                demo);
        assertEquals("R,50", r.rows().get(0).id());
        assertTrue(r.rows().get(0).ok());
        assertEquals(3, r.rows().get(1).line());
        assertEquals(Kind.BAD_ID, r.rows().get(1).problems().get(0).kind(), "a line break cannot be printed");
        assertEquals(5, r.rows().get(2).line(), "the row after a two-line cell");
    }

    @Test
    void theHeaderIsRequired() {
        AnimalCsvResult r = reader.parse("R01,CON,m\nR02,CON,m\n", demo);
        assertEquals(List.of(AnimalCsvProblem.of(Kind.HEADER_MISSING_COLUMN, "id, group, sex", "R01, CON, m")),
                r.fileProblems());
        assertEquals(List.of(), r.rows());
        assertFalse(r.importable());
        AnimalCsvResult noSex = reader.parse("animal id;Group;date of birth\nR60;CON;2026-01-01\n", demo);
        assertEquals(List.of(AnimalCsvProblem.of(Kind.HEADER_MISSING_COLUMN, "sex",
                "animal id, Group, date of birth")), noSex.fileProblems());
    }

    @Test
    void theBirthDateColumnIsOptional() {
        AnimalCsvResult r = reader.parse("group,id,sex\nCON,R60,F\n", demo);
        assertEquals(List.of(Animal.of("R60", "CON", Sex.FEMALE)), r.goodAnimals());
    }

    @Test
    void emptyAndHeaderOnlyFiles() {
        assertEquals(List.of(AnimalCsvProblem.of(Kind.FILE_EMPTY)), reader.parse("\uFEFF \r\n\n", demo).fileProblems());
        AnimalCsvResult headerOnly = reader.parse("id,group,sex\n\n", demo);
        assertEquals(List.of(AnimalCsvProblem.of(Kind.NO_ROWS)), headerOnly.fileProblems());
        assertFalse(headerOnly.importable());
    }

    @Test
    void brokenQuotingStopsAtItsLineAndBlocksTheImport() {
        AnimalCsvResult r = reader.parse("id,group,sex\nR70,CON,m\n\"R71\"x,CON,m\nR72,CON,m\n", demo);
        assertEquals(1, r.fileProblems().size());
        AnimalCsvProblem p = r.fileProblems().get(0);
        assertEquals(Kind.MALFORMED, p.kind());
        assertEquals("3", p.arg(0));
        assertFalse(p.arg(1).isBlank());
        assertEquals(List.of("R70"), r.rows().stream().map(AnimalCsvRow::id).toList());
        assertFalse(r.importable(), "nothing is imported from a file whose syntax breaks");
    }

    @Test
    void latin1IsNotUtf8(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("latin1.csv");
        Files.write(file, "id,group,sex\nR\u00e9,CON,m\n".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(List.of(AnimalCsvProblem.of(Kind.FILE_NOT_UTF8)), reader.read(file, demo).fileProblems());
        Path utf16 = tmp.resolve("utf16.csv");
        Files.write(utf16, "id,group,sex\nR80,CON,m\n".getBytes(StandardCharsets.UTF_16LE));
        assertEquals(List.of(AnimalCsvProblem.of(Kind.FILE_NOT_UTF8)), reader.read(utf16, demo).fileProblems());
    }

    @Test
    void utf8WithoutByteOrderMarkKeepsNonAsciiIds(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("plain.csv");
        Files.writeString(file, "id,group,sex\nRé1,CON,m\n", StandardCharsets.UTF_8);
        assertEquals(List.of(Animal.of("Ré1", "CON", Sex.MALE)), reader.read(file, demo).goodAnimals());
    }

    @Test
    void aHugeFileIsRefusedWithoutParsing(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("huge.csv");
        byte[] bytes = new byte[AnimalCsvReader.MAX_BYTES + 1];
        Arrays.fill(bytes, (byte) 'a');
        Files.write(file, bytes);
        assertEquals(List.of(AnimalCsvProblem.of(Kind.FILE_TOO_LARGE, 8)), reader.read(file, demo).fileProblems());
    }

    @Test
    void aMissingFileIsAnIoErrorWithAReadableReason(@TempDir Path tmp) {
        Path missing = tmp.resolve("missing.csv");
        NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> reader.read(missing, demo));
        assertEquals("not found: " + missing, AnimalCsvReader.describe(e));
    }

    @Test
    void theSeparatorIsTheOneTheHeaderUses() {
        assertEquals(';', AnimalCsvReader.separator("id;group;sex\nR1,x;CON;m"));
        assertEquals(',', AnimalCsvReader.separator("\n\nid,group,sex;note\n"));
        assertEquals(',', AnimalCsvReader.separator("id"));
    }
}
