package org.hiitplanner.ui.help;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.hiitplanner.domain.Units;
import org.hiitplanner.domain.steptest.StepTestProtocol;
import org.hiitplanner.ui.common.Messages;
import org.hiitplanner.ui.help.GuideText.Block;
import org.hiitplanner.ui.help.GuideText.Kind;
import org.hiitplanner.ui.help.GuideText.Span;
import org.hiitplanner.ui.help.GuideText.Style;
import org.junit.jupiter.api.Test;

/** The user guide's simple Markdown, the shipped guide's sections and worked examples, and the About lines. */
class GuideTextTest {
    private final List<Block> guide = GuideText.load(Locale.ENGLISH);

    private String all() {
        StringBuilder b = new StringBuilder();
        guide.forEach(x -> b.append(x.text()).append('\n'));
        return b.toString();
    }

    @Test
    void headingsParagraphsBulletsAndCodeLinesAreBlocks() {
        List<Block> blocks = GuideText.parse("# Guide\n\nOne line\nand the next.\n\n## Keys\n- Ctrl+N new\n"
                + "- Ctrl+O\n  open\n\n    Vmax = S0 + (k - 1)·d\n### More\n");

        assertEquals(List.of(new Block(Kind.TITLE, "Guide"), new Block(Kind.PARAGRAPH, "One line and the next."),
                new Block(Kind.HEADING, "Keys"), new Block(Kind.BULLET, "Ctrl+N new"),
                new Block(Kind.BULLET, "Ctrl+O open"), new Block(Kind.CODE, "Vmax = S0 + (k - 1)·d"),
                new Block(Kind.SUBHEADING, "More")), blocks);
    }

    @Test
    void boldItalicAndCodeAreStyledAndAnUnclosedMarkerStaysText() {
        assertEquals(List.of(new Span(Style.PLAIN, "Vmax "), new Span(Style.BOLD, "30.75"),
                new Span(Style.PLAIN, " in "), new Span(Style.CODE, "*.hiit.json"), new Span(Style.PLAIN, ", a "),
                new Span(Style.ITALIC, "heat"), new Span(Style.PLAIN, "; 5 * 3 and `open")),
                GuideText.spans("Vmax **30.75** in `*.hiit.json`, a *heat*; 5 * 3 and `open"));
    }

    @Test
    void theGuideHasTheScreensTheArithmeticTheKeysAndTheFileFormat() {
        List<String> sections = guide.stream().filter(b -> b.kind() == Kind.HEADING).map(Block::text).toList();

        assertEquals(List.of("The window", "Study settings", "Print and export", "The arithmetic", "Keyboard",
                "The study file"), sections);
        for (String screen : List.of("Overview", "Today", "Protocol", "Groups & animals", "Step tests", "Schedules",
                "Adherence", "Audit trail", "Treadmills & heats")) {
            assertTrue(all().contains("**" + screen + "**"), screen);
        }
    }

    @Test
    void theGuidesWorkedExamplesAreWhatTheProgramComputes() {
        StepTestProtocol test = new StepTestProtocol(BigDecimal.TEN, BigDecimal.valueOf(2), 120, BigDecimal.ZERO,
                List.of());
        BigDecimal vmax = test.vmaxForTotal(1365).orElseThrow();
        BigDecimal speed = Units.roundTo(Units.percentOf(vmax, BigDecimal.valueOf(85)), new BigDecimal("0.1"));

        assertEquals(new BigDecimal("30.75"), vmax);
        assertEquals(new BigDecimal("26.1"), speed);
        assertTrue(all().contains("E 1365 s → k 11, t 45 → 10 + 20 + 0.75 = **30.75 m/min**"));
        assertTrue(all().contains("30.75 × 85 % = 26.1375 → **26.1 m/min**"));
    }

    @Test
    void aboutNamesTheVersionTheLicenceTheFormatAndTheFile() {
        Messages messages = new Messages(Locale.ENGLISH);
        List<AboutInfo.Line> saved = new AboutInfo("0.1.0", 5, Path.of("/lab/pilot.hiit.json")).lines(messages);
        List<AboutInfo.Line> unsaved = new AboutInfo("0.1.0", 5, null).lines(messages);

        assertEquals(List.of(new AboutInfo.Line("Version", "0.1.0"),
                new AboutInfo.Line("Licence", "Apache License 2.0 (the LICENSE file that comes with the program)"),
                new AboutInfo.Line("File format", "schemaVersion 5: writes 5, reads 1 to 5"),
                new AboutInfo.Line("Study file", Path.of("/lab/pilot.hiit.json").toAbsolutePath().toString())),
                saved.subList(0, 4));
        assertEquals("not saved yet (File › Save as…)", unsaved.get(3).value());
    }
}
