package org.hiitplanner.domain.protocol;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.hiitplanner.domain.Checks;
import org.hiitplanner.domain.Finding;
import org.hiitplanner.domain.Units;

/**
 * The protocol's soft limits: values a user may accept after a warning. The hard limits are enforced by the
 * records themselves. The usual ranges are configuration, with the values of DESIGN.md as defaults.
 */
public record ProtocolLimits(int usualMinIntervals, int usualMaxIntervals,
                                BigDecimal usualMinPercent, BigDecimal usualMaxPercent) {
    public ProtocolLimits {
        Checks.range(usualMinIntervals, 1, ProtocolWeek.MAX_INTERVALS, "usual minimum intervals");
        Checks.range(usualMaxIntervals, usualMinIntervals, ProtocolWeek.MAX_INTERVALS, "usual maximum intervals");
        Checks.positive(usualMinPercent, "usual minimum % Vmax");
        Checks.positive(usualMaxPercent, "usual maximum % Vmax");
        if (usualMaxPercent.compareTo(usualMinPercent) < 0) {
            throw new IllegalArgumentException("usual maximum % Vmax must not be below the usual minimum");
        }
    }

    public static ProtocolLimits defaults() {
        return new ProtocolLimits(4, 10, BigDecimal.valueOf(80), BigDecimal.valueOf(100));
    }

    public List<Finding> check(Protocol protocol, String path) {
        List<Finding> findings = new ArrayList<>();
        for (int w = 1; w <= protocol.weekCount(); w++) {
            findings.addAll(checkWeek(w, protocol.week(w), path + ".weeks[" + (w - 1) + "]"));
        }
        return findings;
    }

    /** Warnings for one week, e.g. "Week 3: 12 intervals is outside the usual 4–10". */
    public List<Finding> checkWeek(int w, ProtocolWeek week, String path) {
        List<Finding> findings = new ArrayList<>();
        if (week.intervals() < usualMinIntervals || week.intervals() > usualMaxIntervals) {
            findings.add(Finding.warning(path + ".intervals", "Week " + w + ": " + week.intervals()
                    + " intervals is outside the usual " + usualMinIntervals + "–" + usualMaxIntervals));
        }
        BigDecimal p = week.highPercent();
        if (p.compareTo(usualMinPercent) < 0 || p.compareTo(usualMaxPercent) > 0) {
            findings.add(Finding.warning(path + ".highPercent", "Week " + w + ": " + Units.plain(p)
                    + " % Vmax is outside the usual " + Units.plain(usualMinPercent) + "–"
                    + Units.plain(usualMaxPercent) + " %"));
        }
        return findings;
    }
}
