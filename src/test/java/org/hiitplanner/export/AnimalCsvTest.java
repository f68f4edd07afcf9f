package org.hiitplanner.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVRecord;
import org.hiitplanner.domain.animal.Animal;
import org.hiitplanner.domain.animal.Exclusion;
import org.hiitplanner.domain.animal.Sex;
import org.hiitplanner.domain.study.DemoStudy;
import org.hiitplanner.domain.study.Study;
import org.hiitplanner.domain.treadmill.Treadmill;
import org.junit.jupiter.api.Test;

class AnimalCsvTest {
    static final List<String> HEADER = List.of("id", "group", "sex", "birth_date", "treadmill", "status",
            "excluded_from", "exclusion_reason");

    static String csv(Study study, CsvOptions options) throws IOException {
        StringWriter out = new StringWriter();
        assertEquals(study.animals().size(), new AnimalCsv().write(study, options, out, Progress.NONE));
        return out.toString();
    }

    static List<CSVRecord> parse(String csv, char delimiter) throws IOException {
        return CsvRead.rows(csv, delimiter, HEADER);
    }

    /** The demo study with R17 excluded from 2026-12-01. */
    private static Study withExcludedR17(String reason) {
        Study demo = DemoStudy.create();
        List<Animal> animals = new ArrayList<>(demo.animals());
        animals.set(16, animals.get(16).withExclusion(new Exclusion(LocalDate.of(2026, 12, 1), reason)));
        return demo.withAnimals(animals);
    }

    @Test
    void the28DemoAnimalsInStudyOrderWithAnExcludedOne() throws IOException {
        Study study = withExcludedR17("Injured paw; vet advised rest");
        List<CSVRecord> rows = parse(csv(study, CsvOptions.STANDARD), ',');
        assertEquals(28, rows.size());
        assertEquals("R01", rows.get(0).get("id"));
        assertEquals("R28", rows.get(27).get("id"));
        CSVRecord r17 = rows.get(16);
        assertEquals(List.of("R17", "HIIT", "MALE", study.animals().get(16).birthDate().toString(), "Exer-3 rat",
                "excluded", "2026-12-01", "Injured paw; vet advised rest"), r17.toList());
        assertEquals(27, rows.stream().filter(r -> r.get("status").equals("active")).count());
        for (CSVRecord r : rows) {
            if (!r.get("id").equals("R17")) {
                assertEquals("", r.get("excluded_from"), r::toString);
                assertEquals("", r.get("exclusion_reason"), r::toString);
            }
        }
        assertEquals(List.of(7L, 7L, 7L, 7L), List.of("CON", "T2D", "HIIT", "T2D+HIIT").stream()
                .map(g -> rows.stream().filter(r -> r.get("group").equals(g)).count()).toList());
    }

    @Test
    void excelEuropeQuotesTheReasonWithASemicolonAndStartsWithABom() throws IOException {
        String text = csv(withExcludedR17("Injured paw; vet advised rest"), CsvOptions.EXCEL_EUROPE);
        assertTrue(text.startsWith("\uFEFFid;group;sex;birth_date;treadmill;status;excluded_from;exclusion_reason\r\n"));
        assertTrue(text.contains(";Exer-3 rat;excluded;2026-12-01;\"Injured paw; vet advised rest\"\r\n"), text);
        assertEquals(28, parse(text, ';').size());
    }

    @Test
    void anAnimalOnANamedTreadmillWithoutBirthDateAndAFormulaLikeReason() throws IOException {
        Study study = SampleStudies.handBuilt()
                .withTreadmills(List.of(Treadmill.ratTreadmill("Big"), Treadmill.ratTreadmill("Small")))
                .withAnimals(List.of(new Animal("=R1", "HIIT", Sex.FEMALE, null,
                        new Exclusion(LocalDate.of(2026, 11, 20), "-died"), "Small"), Animal.of("R2", "HIIT", Sex.MALE)));
        List<CSVRecord> rows = parse(csv(study, CsvOptions.STANDARD), ',');
        assertEquals(List.of("'=R1", "HIIT", "FEMALE", "", "Small", "excluded", "2026-11-20", "'-died"),
                rows.get(0).toList());
        assertEquals(List.of("R2", "HIIT", "MALE", "", "Big", "active", "", ""), rows.get(1).toList());
    }
}
