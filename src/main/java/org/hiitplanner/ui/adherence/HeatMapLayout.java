package org.hiitplanner.ui.adherence;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where things are on the heat map, in content coordinates (before scrolling, after the fixed header and label
 * column): a group heading line before the animals of each group, then one line per animal; one column per
 * session. Immutable.
 */
final class HeatMapLayout {
    static final double LABEL_WIDTH = 84;
    static final double HEADER_HEIGHT = 36;
    static final double CELL = 16;
    static final double PITCH = 19;
    static final double GROUP_HEIGHT = 22;

    /** A line of the map: a group heading ({@code row} −1) or an animal ({@code row} its index in the data). */
    record Line(String group, int row, double y, double height) {
        boolean isGroup() {
            return row < 0;
        }
    }

    /** A cell: row and column of the data. */
    record Hit(int row, int column) {
    }

    private final HeatMapData data;
    private final List<Line> lines;
    private final double contentHeight;

    HeatMapLayout(HeatMapData data) {
        this.data = data;
        List<Line> out = new ArrayList<>();
        double y = 0;
        String group = null;
        for (int r = 0; r < data.rows().size(); r++) {
            String g = data.rows().get(r).group();
            if (!g.equals(group)) {
                out.add(new Line(g, -1, y, GROUP_HEIGHT));
                y += GROUP_HEIGHT;
                group = g;
            }
            out.add(new Line(g, r, y, PITCH));
            y += PITCH;
        }
        this.lines = List.copyOf(out);
        this.contentHeight = y;
    }

    HeatMapData data() {
        return data;
    }

    List<Line> lines() {
        return lines;
    }

    double contentWidth() {
        return data.columns().size() * PITCH;
    }

    double contentHeight() {
        return contentHeight;
    }

    /** Left edge of a column's cell in content coordinates. */
    double columnX(int column) {
        return column * PITCH + (PITCH - CELL) / 2;
    }

    /** Top edge of an animal row's cell in content coordinates. */
    double rowY(int row) {
        return lines.stream().filter(l -> l.row() == row).findFirst()
                .map(l -> l.y() + (PITCH - CELL) / 2).orElseThrow();
    }

    /** The cell under a point in content coordinates, if any (the gaps between cells belong to none). */
    Optional<Hit> hit(double x, double y) {
        if (x < 0 || y < 0 || x >= contentWidth()) {
            return Optional.empty();
        }
        int column = (int) (x / PITCH);
        double inColumn = x - columnX(column);
        if (inColumn < 0 || inColumn >= CELL) {
            return Optional.empty();
        }
        for (Line l : lines) {
            if (!l.isGroup() && y >= l.y() && y < l.y() + l.height()) {
                double inRow = y - (l.y() + (PITCH - CELL) / 2);
                return inRow >= 0 && inRow < CELL ? Optional.of(new Hit(l.row(), column)) : Optional.empty();
            }
        }
        return Optional.empty();
    }
}
