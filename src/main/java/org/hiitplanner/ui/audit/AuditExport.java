package org.hiitplanner.ui.audit;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.hiitplanner.domain.audit.AuditEntry;
import org.hiitplanner.domain.study.Study;
import org.hiitplanner.export.AuditCsv;
import org.hiitplanner.export.CsvOptions;
import org.hiitplanner.export.pdf.AuditRequest;
import org.hiitplanner.export.pdf.Paper;
import org.hiitplanner.export.pdf.PdfExporter;
import org.hiitplanner.ui.common.ExportRunner;

/** Makes the audit CSV and PDF of chosen entries, for the {@link ExportRunner}. UI-free. */
final class AuditExport {
    private final PdfExporter pdf;
    private final Clock clock;

    AuditExport(PdfExporter pdf, Clock clock) {
        this.pdf = pdf;
        this.clock = clock;
    }

    /** The CSV of {@code entries} (in the order given). */
    ExportRunner.Producer csv(List<AuditEntry> entries, boolean excel) {
        List<AuditEntry> copy = List.copyOf(entries);
        CsvOptions options = excel ? CsvOptions.EXCEL_EUROPE : CsvOptions.STANDARD;
        return (out, progress) -> new AuditCsv().write(copy, options, out, progress);
    }

    /** The PDF sheet of {@code entries}, with the verification of {@code study}'s whole audit trail. */
    ExportRunner.Producer pdf(Study study, List<AuditEntry> entries, String filter, Paper paper, String source) {
        AuditRequest request = new AuditRequest(entries, filter, paper, source, clock.instant(), clock.getZone());
        return (out, progress) -> pdf.writeAudit(study, request, out, progress);
    }

    /** "demo-audit.csv" for the study file demo.hiit.json; "audit-trail.csv" for a study not saved yet. */
    static String suggestedName(Path studyFile, String extension) {
        if (studyFile == null || studyFile.getFileName() == null) {
            return "audit-trail." + extension;
        }
        String name = studyFile.getFileName().toString();
        for (String suffix : new String[] {".hiit.json", ".json"}) {
            if (name.endsWith(suffix) && name.length() > suffix.length()) {
                name = name.substring(0, name.length() - suffix.length());
                break;
            }
        }
        return name + "-audit." + extension;
    }
}
