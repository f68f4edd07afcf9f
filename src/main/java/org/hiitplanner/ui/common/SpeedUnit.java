package org.hiitplanner.ui.common;

import java.math.BigDecimal;

import org.hiitplanner.domain.Units;

/** The unit speeds are shown in. Display only: the study always stores m/min. */
public enum SpeedUnit {
    /** Metres per minute, at the treadmill's resolution, as stored. */
    M_PER_MIN,
    /** Centimetres per second (m/min × 5/3), two decimals. */
    CM_PER_S,
    /** Kilometres per hour (m/min × 0.06), three decimals. */
    KM_PER_H;

    /** The speed, given in m/min, as text in this unit; an em dash for none. */
    public String format(BigDecimal metresPerMinute) {
        if (metresPerMinute == null) {
            return "—";
        }
        return switch (this) {
            case M_PER_MIN -> Units.speed(metresPerMinute);
            case CM_PER_S -> Units.toCentimetresPerSecond(metresPerMinute).toPlainString();
            case KM_PER_H -> Units.toKilometresPerHour(metresPerMinute).toPlainString();
        };
    }
}
