package org.hiitplanner.export.pdf;

import java.awt.Color;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.hiitplanner.domain.audit.AuditEntry;
import org.hiitplanner.domain.audit.AuditLog;
import org.hiitplanner.domain.audit.AuditProblem;
import org.hiitplanner.export.Progress;
import org.hiitplanner.export.pdf.Table.Align;
import org.hiitplanner.export.pdf.Table.Cell;
import org.hiitplanner.export.pdf.Table.Column;
import org.hiitplanner.export.pdf.Table.Para;

/**
 * The audit trail (landscape): at the top whether the study's whole hash chain is intact ("Chain verified: 57
 * entries intact, last hash 3fa9c2d41b07…") or where it is broken; then how many entries are listed and which
 * filter chose them; then a table of the entries (sequence, time in the request's zone, operator, what, old and
 * new value, reason, the first 12 digits of the hash). The entry where the chain breaks is shaded red.
 */
final class AuditSheet implements Sheet {
    /** How many hex digits of a hash are printed. */
    static final int HASH_DIGITS = 12;
    private static final Color INTACT = new Color(0x1A, 0x6B, 0x2E);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    private static final int VALUE_LINES = 6;

    private final PageWriter w;
    private final AuditLog log;
    private final AuditRequest request;
    private final Progress progress;
    private final Optional<AuditProblem> problem;

    AuditSheet(PageWriter w, AuditLog log, AuditRequest request, Progress progress) {
        this.w = w;
        this.log = log;
        this.request = request;
        this.progress = progress;
        this.problem = log.verify();
    }

    @Override
    public String title() {
        return "Audit trail";
    }

    @Override
    public void write() throws IOException {
        w.newPage();
        intro();
        List<AuditEntry> entries = request.entries();
        if (entries.isEmpty()) {
            step(0, 0, "Audit trail: no entries");
            w.down(8);
            w.paragraph(log.size() == 0 ? "The audit trail is empty." : "No entry matches the filter.",
                    w.fonts().bold(14), 2);
            return;
        }
        Table table = new Table(w, columns(), w.fonts().bold(9), "Audit trail, continued");
        for (int i = 0; i < entries.size(); i++) {
            step(i, entries.size(), "Audit trail: entry " + entries.get(i).sequence());
            List<Cell> cells = row(entries.get(i));
            if (i == 0) {
                table.start(table.height(cells));
            }
            table.row(cells, background(entries.get(i), i));
        }
        step(entries.size(), entries.size(), "Audit trail written");
    }

    /** The verification line for the whole log, e.g. "Chain verified: 57 entries intact, last hash 3fa9c2d41b07…". */
    static String verificationLine(AuditLog log, Optional<AuditProblem> problem) {
        if (problem.isPresent()) {
            return "Chain BROKEN at entry " + problem.get().sequence() + " (position " + problem.get().position()
                    + "): " + problem.get().message();
        }
        if (log.size() == 0) {
            return "Chain verified: the audit trail has no entries.";
        }
        return "Chain verified: " + log.size() + (log.size() == 1 ? " entry" : " entries") + " intact, last hash "
                + shortHash(log.lastHash()) + "…";
    }

    static String shortHash(String hash) {
        return hash.substring(0, Math.min(HASH_DIGITS, hash.length()));
    }

    private void intro() throws IOException {
        Fonts f = w.fonts();
        w.paragraph(verificationLine(log, problem), f.bold(12, problem.isPresent() ? Style.ALERT : INTACT), 3);
        int shown = request.entries().size();
        String count = "Listed: " + shown + " of " + log.size() + (log.size() == 1 ? " entry" : " entries")
                + (request.filter().isEmpty() ? "" : " · filter: " + request.filter())
                + " · times in " + request.zone().getId() + ". A hash covers the entry's fields and the hash of the"
                + " entry before it, so no entry can be changed, removed or moved without the chain showing it.";
        w.paragraph(count, f.regular(9, Style.GREY), 3);
        w.down(6);
    }

    private List<Column> columns() {
        return List.of(new Column("#", 0.45f, Align.RIGHT),
                new Column("Time", 1.85f, Align.LEFT),
                new Column("Operator", 0.95f, Align.LEFT),
                Column.text("What", 2.2f),
                Column.text("Old value", 2f),
                Column.text("New value", 2.1f),
                Column.text("Reason", 1.6f),
                new Column("Hash", 1.45f, Align.LEFT));
    }

    private List<Cell> row(AuditEntry e) {
        Fonts f = w.fonts();
        Style text = f.regular(8.5f);
        Style muted = f.regular(8.5f, Style.GREY);
        return List.of(Cell.of(Long.toString(e.sequence()), f.bold(8.5f)),
                Cell.of(TIME.format(e.at().atZone(request.zone())), text),
                Cell.of(e.operator(), text),
                Cell.of(e.what(), f.bold(8.5f)),
                value(e.oldValue(), text, muted),
                value(e.newValue(), text, muted),
                Cell.of(e.reason(), text),
                Cell.of(shortHash(e.hash()) + "…", muted));
    }

    private static Cell value(String value, Style style, Style muted) {
        return value.isEmpty() ? Cell.of(Formats.DASH, muted)
                : new Cell(List.of(new Para(value, style, VALUE_LINES)), null);
    }

    private Color background(AuditEntry e, int index) {
        if (problem.isPresent() && e.equals(log.entries().get(problem.get().position() - 1))) {
            return Table.ALERT_SHADE;
        }
        return index % 2 == 1 ? Table.BAND_SHADE : null;
    }

    private void step(long done, long total, String message) {
        progress.checkCancelled();
        progress.update(done, total, message);
    }
}
