package org.hiitplanner.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import java.util.List;
import java.util.Optional;

import org.hiitplanner.domain.audit.AuditLog;
import org.hiitplanner.domain.study.DemoStudy;
import org.hiitplanner.domain.study.Study;
import org.hiitplanner.domain.study.TrailCheck;
import org.junit.jupiter.api.Test;

/** The bundled demo file is what the demo command writes, and it says its numbers are an assumption. */
class DemoAssetTest {
    private final Path asset = Path.of("assets/demo-study.hiit.json");

    @Test
    void theBundledDemoIsTheDemoStudy() throws Exception {
        StudyStore store = new StudyStore();
        Study loaded = store.load(asset);
        assertEquals(DemoStudy.create(), loaded.withAuditLog(AuditLog.empty()));
        assertEquals(List.of("audit trail sealed"), loaded.auditLog().entries().stream().map(e -> e.what()).toList());
        assertEquals(Optional.empty(), TrailCheck.check(loaded), "its trail seals the data");
        assertEquals(store.toJson(loaded), Files.readString(asset));
        assertTrue(Files.readString(asset).contains("an assumption to verify against the Methods of Khoramipour"));
    }
}
