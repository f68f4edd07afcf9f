package org.hiitplanner.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.hiitplanner.domain.calendar.SessionDay;
import org.hiitplanner.domain.schedule.PlannedSession;
import org.hiitplanner.domain.schedule.ScheduleEngine;
import org.hiitplanner.domain.study.DemoStudy;
import org.hiitplanner.domain.study.Study;
import org.hiitplanner.export.Progress;
import org.hiitplanner.export.pdf.Paper;
import org.hiitplanner.export.pdf.PdfExporter;
import org.hiitplanner.export.pdf.PdfKind;
import org.hiitplanner.export.pdf.PdfRequest;

/**
 * How long the PDF of the whole demo study takes: the animal sheets of all 14 trained animals and the day run
 * sheets of all 40 session days, one document each, written into memory. Not a unit test: run it with
 * {@code mvn -B -ntp -q test-compile exec:java -Dexec.mainClass=org.hiitplanner.bench.PdfBenchmark
 * -Dexec.classpathScope=test}.
 */
public final class PdfBenchmark {
    private static final int WARM_UP_RUNS = 3;
    private static final int RUNS = 9;
    private static final Instant WHEN = Instant.parse("2026-11-20T13:05:00Z");
    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private final ScheduleEngine engine = new ScheduleEngine();
    private final PdfExporter exporter = new PdfExporter(engine);
    private final Study study = DemoStudy.create();

    /**
     * The result of writing every document once.
     *
     * @param documents how many PDFs
     * @param pages     their pages
     * @param bytes     their size
     */
    record Batch(int documents, int pages, long bytes) {
    }

    public static void main(String[] args) throws IOException {
        new PdfBenchmark().run();
    }

    void run() throws IOException {
        System.out.printf(Locale.ROOT, "Java %s (%s), %d processors, max heap %d MiB%n",
                System.getProperty("java.version"), System.getProperty("java.vm.name"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        List<PdfRequest> animals = animalRequests();
        List<PdfRequest> days = dayRequests();
        long cold = System.nanoTime();
        exporter.write(study, days.get(0), new ByteArrayOutputStream(), Progress.NONE);
        System.out.printf(Locale.ROOT, "first day sheet in this JVM (class loading, fonts parsed): %.0f ms%n",
                (System.nanoTime() - cold) / 1e6);
        System.out.printf(Locale.ROOT, "demo study: %d animal sheets, %d day sheets, %d warm-up runs, %d runs%n%n",
                animals.size(), days.size(), WARM_UP_RUNS, RUNS);
        System.out.println("| documents | count | pages | KiB | median ms | best ms | ms per document | pages/s (median) |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
        measure("animal sheets (ANIMAL)", animals);
        measure("day run sheets (DAY)", days);
        measure("both", concat(animals, days));
    }

    private List<PdfRequest> animalRequests() {
        return engine.schedule(study).stream().map(PlannedSession::animalId).distinct()
                .map(id -> request(PdfKind.ANIMAL, null, id)).toList();
    }

    private List<PdfRequest> dayRequests() {
        return study.calendar().sessionDays(study.startDate(), study.protocol().weekCount()).stream()
                .map(SessionDay::date).map(d -> request(PdfKind.DAY, d, null)).toList();
    }

    private static PdfRequest request(PdfKind kind, LocalDate date, String animal) {
        return new PdfRequest(kind, date, animal, Paper.A4, "demo-study.hiit.json", WHEN, ZONE);
    }

    private static List<PdfRequest> concat(List<PdfRequest> a, List<PdfRequest> b) {
        List<PdfRequest> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private void measure(String label, List<PdfRequest> requests) throws IOException {
        Batch batch = null;
        for (int i = 0; i < WARM_UP_RUNS; i++) {
            batch = writeAll(requests, true);
        }
        long[] nanos = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            writeAll(requests, false);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        double median = nanos[RUNS / 2] / 1e6;
        double best = nanos[0] / 1e6;
        System.out.printf(Locale.ROOT, "| %s | %d | %d | %,d | %.0f | %.0f | %.1f | %.0f |%n", label,
                batch.documents(), batch.pages(), batch.bytes() >> 10, median, best, median / batch.documents(),
                batch.pages() / (median / 1e3));
    }

    /** Writes every document into memory; counts the pages (outside the timing) when asked. */
    private Batch writeAll(List<PdfRequest> requests, boolean count) throws IOException {
        int pages = 0;
        long bytes = 0;
        for (PdfRequest r : requests) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            exporter.write(study, r, out, Progress.NONE);
            bytes += out.size();
            if (count) {
                try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
                    pages += doc.getNumberOfPages();
                }
            }
        }
        return new Batch(requests.size(), pages, bytes);
    }
}
