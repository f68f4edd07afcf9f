package org.hiitplanner.export.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.time.ZoneId;

import org.hiitplanner.domain.treadmill.Tolerance;
import org.hiitplanner.domain.schedule.ScheduleEngine;
import org.hiitplanner.domain.study.DemoStudy;
import org.hiitplanner.domain.study.Study;
import org.hiitplanner.domain.treadmill.BeltType;
import org.hiitplanner.domain.treadmill.DayWindow;
import org.hiitplanner.domain.treadmill.Treadmill;
import org.hiitplanner.export.Progress;

/**
 * Writes one PDF of each kind for the demo study into a folder (default /tmp/pdf-samples), to look at.
 * Not a test: {@code mvn -B -ntp -q test-compile exec:java -Dexec.mainClass=org.hiitplanner.export.pdf.PdfSamples
 * -Dexec.classpathScope=test -Dexec.args=/tmp/pdf-samples}.
 */
public final class PdfSamples {
    private PdfSamples() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "/tmp/pdf-samples");
        Files.createDirectories(dir);
        Study study = DemoStudy.create();
        Paper paper = args.length > 1 ? Paper.valueOf(args[1]) : Paper.A4;
        write(study, request(PdfKind.DAY, LocalDate.of(2026, 11, 23), null, paper), dir.resolve("day.pdf"));
        write(study, request(PdfKind.ANIMAL, null, "R15", paper), dir.resolve("animal.pdf"));
        write(study, request(PdfKind.STEPTEST, LocalDate.of(2026, 11, 28), null, paper), dir.resolve("steptest.pdf"));
        write(study, request(PdfKind.WEEK, LocalDate.of(2026, 11, 23), null, paper), dir.resolve("week.pdf"));
        write(study, request(PdfKind.DAY, LocalDate.of(2026, 11, 21), null, paper), dir.resolve("day-empty.pdf"));
        write(PdfStudies.troublesome(), request(PdfKind.DAY, LocalDate.of(2026, 11, 23), null, paper),
                dir.resolve("day-troublesome.pdf"));
        write(PdfStudies.troublesome(), request(PdfKind.ANIMAL, null, PdfStudies.ODD_ID, paper),
                dir.resolve("animal-troublesome.pdf"));
        write(PdfStudies.troublesome(), request(PdfKind.WEEK, LocalDate.of(2026, 11, 23), null, paper),
                dir.resolve("week-troublesome.pdf"));
        write(PdfStudies.troublesome(), request(PdfKind.STEPTEST, LocalDate.of(2026, 11, 28), null, paper),
                dir.resolve("steptest-troublesome.pdf"));
        write(DaySheetTest.blinded(study), request(PdfKind.DAY, LocalDate.of(2026, 11, 23), null, paper),
                dir.resolve("day-blinded.pdf"));
        writeHeatVariants(study, paper, dir);
        System.out.println("written to " + dir);
    }

    /** The first Monday on independent lanes, on a wide belt (heats taller than a page) and with a short window. */
    private static void writeHeatVariants(Study study, Paper paper, Path dir) throws IOException {
        LocalDate monday = LocalDate.of(2026, 11, 16);
        Treadmill demo = study.treadmills().get(0);
        write(study.withTreadmills(List.of(demo.withBelt(BeltType.INDEPENDENT_LANES))),
                request(PdfKind.DAY, monday, null, paper), dir.resolve("day-lanes.pdf"));
        write(study.withTreadmills(List.of(demo.withLanes(8))).withSettings(study.settings().withHeats(
                        study.settings().heats().withTolerance(Tolerance.absolute(BigDecimal.TEN)))),
                request(PdfKind.DAY, monday, null, paper), dir.resolve("day-wide.pdf"));
        write(study.withTreadmills(List.of(demo.withWindow(new DayWindow(LocalTime.of(8, 0), LocalTime.of(10, 0))))),
                request(PdfKind.DAY, monday, null, paper), dir.resolve("day-window.pdf"));
    }

    static PdfRequest request(PdfKind kind, LocalDate date, String animal, Paper paper) {
        return new PdfRequest(kind, date, animal, paper, "demo-study.hiit.json", Instant.parse("2026-11-20T13:05:00Z"),
                ZoneId.of("Europe/Amsterdam"));
    }

    private static void write(Study study, PdfRequest request, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            new PdfExporter(new ScheduleEngine()).write(study, request, out, Progress.NONE);
        }
    }
}
