package org.hiitplanner.export.pdf;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.hiitplanner.domain.animal.Animal;
import org.hiitplanner.domain.animal.Group;
import org.hiitplanner.domain.steptest.StepTestProtocol;
import org.hiitplanner.domain.steptest.VmaxHistory;
import org.hiitplanner.domain.study.Study;

/**
 * The step-test sheet for a day: every active animal of a tested group, each with the stage table (stage n,
 * speed S0 + (n−1)·d, start time (n−1)·T) and a box per stage to tick, and boxes for the total time, operator,
 * valid yes/no and a note. The table runs to 20 % above the fastest Vmax known in the study, at least
 * {@value #MIN_STAGES} and at most {@value #MAX_STAGES} stages.
 */
final class StepTestSheet implements Sheet {
    static final int MIN_STAGES = 20;
    static final int MAX_STAGES = 60;
    private static final BigDecimal HEADROOM = new BigDecimal("1.2");

    private final SheetContext ctx;
    private final PageWriter w;
    private final LocalDate date;
    private final StepTestProtocol protocol;

    StepTestSheet(SheetContext ctx) {
        this.ctx = ctx;
        this.w = ctx.writer();
        this.date = ctx.request().date();
        this.protocol = ctx.study().stepTestProtocolOn(date);
    }

    @Override
    public String title() {
        return "Step test sheet · " + Formats.longDate(date);
    }

    @Override
    public void write() throws IOException {
        List<Animal> animals = animals();
        Optional<BigDecimal> fastest = fastestVmax();
        int stages = stages(fastest);
        w.newPage();
        intro(stages, fastest, animals.size());
        VmaxHistory history = VmaxHistory.of(ctx.study().stepTestResults(), ctx.study().stepTestVersions());
        for (int i = 0; i < animals.size(); i++) {
            ctx.step(i, animals.size(), "Step test sheet: " + animals.get(i).id());
            StepTestBlock block = new StepTestBlock(ctx, animals.get(i), stages, history.inForce(animals.get(i).id(),
                    date));
            w.ensure(block.height());
            block.draw();
        }
        ctx.step(animals.size(), animals.size(), "Step test sheet written");
    }

    /** The active animals of tested groups on the day, by id (not by group, so that blinding holds). */
    List<Animal> animals() {
        Map<String, Group> groups = ctx.study().groups().stream()
                .collect(Collectors.toMap(Group::name, Function.identity(), (a, b) -> a));
        return ctx.study().animals().stream()
                .filter(a -> groups.containsKey(a.group()) && groups.get(a.group()).tested())
                .filter(a -> a.isActiveOn(date))
                .sorted(Comparator.comparing(Animal::id)).toList();
    }

    private Optional<BigDecimal> fastestVmax() {
        return ctx.study().stepTestResults().stream().map(ctx.study().stepTestVersions()::usableVmax)
                .flatMap(Optional::stream).max(Comparator.naturalOrder());
    }

    /** Stages up to the first whose speed reaches 20 % above the fastest Vmax; within [20, 60]. */
    int stages(Optional<BigDecimal> fastest) {
        if (fastest.isEmpty()) {
            return MIN_STAGES;
        }
        BigDecimal target = fastest.get().multiply(HEADROOM);
        BigDecimal steps = target.subtract(protocol.startSpeed()).divide(protocol.increment(), 0, RoundingMode.CEILING);
        long n = steps.longValue() + 1;
        return (int) Math.max(MIN_STAGES, Math.min(MAX_STAGES, n));
    }

    private void intro(int stages, Optional<BigDecimal> fastest, int animals) throws IOException {
        Fonts f = ctx.fonts();
        Study study = ctx.study();
        String planned = study.stepTestProtocol().plannedDays().contains(date) ? "a planned test day"
                : "not one of the planned test days";
        ctx.paragraph("Step test · " + Formats.longDate(date) + " (" + planned + ") · " + animals
                + (animals == 1 ? " animal" : " animals"), f.bold(13), 2);
        String speeds = "Start " + Formats.plain(protocol.startSpeed()) + " m/min, +" + Formats.plain(protocol.increment())
                + " m/min every " + Formats.clock(protocol.stageSeconds()) + ", incline "
                + Formats.plain(protocol.inclineDegrees()) + "°. Vmax = S0 + (k−1)·d + (t/T)·d from k completed stages"
                + " and t seconds into the next. Stages 1–" + stages + " shown ("
                + fastest.map(v -> "to 20 % above the fastest Vmax in the study, " + Formats.vmax(v) + " m/min")
                .orElse("no Vmax known yet") + "). Tick each stage the animal completes; write the total time.";
        ctx.paragraph(speeds, f.regular(9.5f), 4);
        if (animals == 0) {
            w.down(10);
            ctx.paragraph("No active animal of a tested group on this day.", f.bold(14), 2);
        }
        w.down(6);
    }
}
