package org.hiitplanner.cli;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.hiitplanner.domain.Units;
import org.hiitplanner.domain.steptest.StepTestProtocol;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vmax}: Kuipers' Vmax of one step test, from the total running time or from stages and seconds. */
@Command(name = "vmax", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false,
        description = {"Computes Vmax (m/min) of one incremental step test (Kuipers).",
            "Vmax = S0 + (k - 1)·d + (t / T)·d, rounded half up to 0.01 m/min, for k completed stages "
                + "and t seconds into the next (E = k·T + t). k = 0 gives no Vmax."},
        footerHeading = "%nExample:%n",
        footer = {"  vmax --start 10 --increment 2 --stage-seconds 120 --total-seconds 22:45", "  prints 30.75"})
final class VmaxCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--start", required = true, paramLabel = "S0", description = "speed of the first stage, m/min")
    private BigDecimal start;

    @Option(names = "--increment", required = true, paramLabel = "D", description = "speed added each stage, m/min")
    private BigDecimal increment;

    @Option(names = "--stage-seconds", required = true, paramLabel = "T", description = "length of a stage, s")
    private int stageSeconds;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Result result;

    /** Either the total running time, or stages and seconds. */
    static final class Result {
        @Option(names = "--total-seconds", required = true, paramLabel = "E", converter = RunningTimeConverter.class,
                description = "total running time, seconds (1365) or minutes:seconds (22:45)")
        private Integer totalSeconds;

        @ArgGroup(exclusive = false)
        private Stages stages;
    }

    /** k completed stages and t seconds into the next. */
    static final class Stages {
        @Option(names = "--stages", required = true, paramLabel = "K", description = "completed stages")
        private int completed;

        @Option(names = "--seconds", required = true, paramLabel = "S", description = "seconds into the next stage")
        private int seconds;
    }

    @Override
    public Integer call() throws CliException {
        StepTestProtocol protocol = protocol();
        Optional<BigDecimal> vmax;
        if (result.totalSeconds != null) {
            vmax = protocol.vmaxForTotal(result.totalSeconds);
        } else {
            vmax = forStages(protocol, result.stages.completed, result.stages.seconds);
        }
        BigDecimal value = vmax.orElseThrow(() -> new CliException(
                "the animal did not complete the first stage: no Vmax (mark the test invalid and re-test)"));
        spec.commandLine().getOut().println(Units.vmax(value));
        return 0;
    }

    private StepTestProtocol protocol() throws CliException {
        try {
            return new StepTestProtocol(start, increment, stageSeconds, BigDecimal.ZERO, List.of());
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage(), e);
        }
    }

    private static Optional<BigDecimal> forStages(StepTestProtocol protocol, int k, int s) throws CliException {
        if (k < 0) {
            throw new CliException("--stages must not be negative (was " + k + ")");
        }
        if (s < 0) {
            throw new CliException("--seconds must not be negative (was " + s + ")");
        }
        if (s >= protocol.stageSeconds()) {
            throw new CliException("--seconds " + s + " must be below the stage length of " + protocol.stageSeconds()
                    + " s (--stage-seconds); " + s + " s would be a completed stage");
        }
        return protocol.vmaxForStages(k, s);
    }
}
