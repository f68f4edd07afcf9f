package org.hiitplanner.ui.audit;

import java.nio.file.Path;

import org.hiitplanner.domain.audit.AuditLog;
import org.hiitplanner.domain.audit.AuditSamples;
import org.hiitplanner.domain.study.DemoStudy;
import org.hiitplanner.storage.StudyStore;

/**
 * Writes the demo study with a 40-entry audit trail, for looking at the audit screen and its PDF:
 * {@code mvn -q -o test-compile exec:java -Dexec.mainClass=org.hiitplanner.ui.audit.AuditSampleStudy
 * -Dexec.classpathScope=test [-Dexec.args="FILE [broken]"]} (default /tmp/audit-sample.hiit.json); with
 * "broken", entry 12's new value is changed afterwards, so that the chain breaks there.
 */
public final class AuditSampleStudy {
    private AuditSampleStudy() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "/tmp/audit-sample.hiit.json");
        AuditLog log = AuditSamples.many(40);
        if (args.length > 1 && args[1].equals("broken")) {
            log = AuditSamples.tampered(log, 12, "COMPLETED 9/9 intervals, 0 stimuli, 0 s on the grid");
        }
        new StudyStore().save(DemoStudy.create().withAuditLog(log), file);
        System.out.println("Wrote " + file);
    }
}
