package org.hiitplanner.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.hiitplanner.domain.study.DemoStudy;
import org.hiitplanner.domain.study.Study;
import org.junit.jupiter.api.Test;

/** The bundled demo file is what the demo command writes, and it says its numbers are an assumption. */
class DemoAssetTest {
    private final Path asset = Path.of("assets/demo-study.hiit.json");

    @Test
    void theBundledDemoIsTheDemoStudy() throws Exception {
        StudyStore store = new StudyStore();
        Study loaded = store.load(asset);
        assertEquals(DemoStudy.create(), loaded);
        assertEquals(store.toJson(DemoStudy.create()), Files.readString(asset));
        assertTrue(Files.readString(asset).contains("an assumption to verify against the Methods of Khoramipour"));
    }
}
