package org.hiitplanner.ui.adherence;

import java.util.Optional;

import javafx.animation.PauseTransition;
import javafx.geometry.Orientation;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import javafx.util.Duration;

import org.hiitplanner.ui.adherence.HeatMapData.Column;
import org.hiitplanner.ui.adherence.HeatMapLayout.Hit;
import org.hiitplanner.ui.adherence.HeatMapLayout.Line;
import org.hiitplanner.ui.common.Messages;

/**
 * The heat map on one canvas the size of the visible part: only visible cells are drawn, the week and session
 * header and the animal column stay in place while the cells scroll, so that it stays quick for 100 animals ×
 * 40 sessions. Hovering over a cell shows a tooltip naming the animal, date, status and intervals.
 */
final class HeatMapView extends Region {
    private static final double MAX_VISIBLE_BODY = 440;
    private static final Color TEXT = Color.web("#1f2328");
    private static final Color MUTED = Color.web("#57606a");
    private static final Color RULE = Color.web("#d0d7de");
    private static final Color GROUP_BAND = Color.web("#f6f8fa");
    private static final Font SMALL = Font.font(10);
    private static final Font NORMAL = Font.font(12);
    private static final Font BOLD = Font.font(null, FontWeight.BOLD, 12);

    private final Messages messages;
    private final Canvas canvas = new Canvas();
    private final ScrollBar hBar = new ScrollBar();
    private final ScrollBar vBar = new ScrollBar();
    private final Tooltip tooltip = new Tooltip();
    private final PauseTransition tooltipDelay = new PauseTransition(Duration.millis(250));
    private HeatMapLayout layout = new HeatMapLayout(HeatMapData.EMPTY);
    private Hit hovered;

    HeatMapView(Messages messages) {
        this.messages = messages;
        setId("adherence-heatmap");
        getStyleClass().add("adherence-heatmap");
        vBar.setOrientation(Orientation.VERTICAL);
        hBar.valueProperty().addListener((o, a, b) -> paint());
        vBar.valueProperty().addListener((o, a, b) -> paint());
        getChildren().addAll(canvas, hBar, vBar);
        tooltip.setId("adherence-heatmap-tooltip");
        tooltip.setWrapText(true);
        canvas.setOnMouseMoved(this::hover);
        canvas.setOnMouseExited(e -> hideTooltip());
        setOnScroll(this::scroll);
    }

    void setData(HeatMapData data) {
        layout = new HeatMapLayout(data);
        hideTooltip();
        requestLayout();
        paint();
    }

    HeatMapData data() {
        return layout.data();
    }

    Tooltip tooltip() {
        return tooltip;
    }

    /** The centre of a cell in this region's coordinates, scrolling it into view first. */
    Point2D cellCenter(int row, int column) {
        double x = layout.columnX(column);
        double y = layout.rowY(row);
        hBar.setValue(Math.min(hBar.getMax(), Math.max(0, x - (bodyWidth() - HeatMapLayout.CELL) / 2)));
        vBar.setValue(Math.min(vBar.getMax(), Math.max(0, y - (bodyHeight() - HeatMapLayout.CELL) / 2)));
        return new Point2D(HeatMapLayout.LABEL_WIDTH + x - hBar.getValue() + HeatMapLayout.CELL / 2,
                HeatMapLayout.HEADER_HEIGHT + y - vBar.getValue() + HeatMapLayout.CELL / 2);
    }

    /** The tooltip text of a cell. */
    String describe(int row, int column) {
        HeatMapData.Row r = layout.data().rows().get(row);
        Column c = layout.data().columns().get(column);
        HeatCell cell = r.cells().get(column);
        String state = messages.get("adherence.heat.state." + cell.state().name(), cell.intervalsDone(),
                cell.intervalsPlanned());
        return messages.get("adherence.heat.tooltip", r.animalId(), r.group(), c.date().toString(), c.week(),
                c.number(), state);
    }

    @Override
    protected double computePrefWidth(double height) {
        return HeatMapLayout.LABEL_WIDTH + layout.contentWidth() + vBar.prefWidth(-1) + 2;
    }

    @Override
    protected double computePrefHeight(double width) {
        return HeatMapLayout.HEADER_HEIGHT + Math.min(layout.contentHeight(), MAX_VISIBLE_BODY)
                + hBar.prefHeight(-1) + 2;
    }

    @Override
    protected double computeMaxWidth(double height) {
        return computePrefWidth(height);
    }

    @Override
    protected double computeMinHeight(double width) {
        return HeatMapLayout.HEADER_HEIGHT + 4 * HeatMapLayout.PITCH;
    }

    @Override
    protected double computeMinWidth(double height) {
        return HeatMapLayout.LABEL_WIDTH + 10 * HeatMapLayout.PITCH;
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        double barW = vBar.prefWidth(-1);
        double barH = hBar.prefHeight(-1);
        boolean needV = HeatMapLayout.HEADER_HEIGHT + layout.contentHeight() > h;
        boolean needH = HeatMapLayout.LABEL_WIDTH + layout.contentWidth() > w - (needV ? barW : 0);
        needV = needV || HeatMapLayout.HEADER_HEIGHT + layout.contentHeight() > h - (needH ? barH : 0);
        double viewW = Math.max(0, w - (needV ? barW : 0));
        double viewH = Math.max(0, h - (needH ? barH : 0));
        canvas.setWidth(viewW);
        canvas.setHeight(viewH);
        configure(hBar, needH, layout.contentWidth(), viewW - HeatMapLayout.LABEL_WIDTH);
        configure(vBar, needV, layout.contentHeight(), viewH - HeatMapLayout.HEADER_HEIGHT);
        hBar.resizeRelocate(0, viewH, viewW, barH);
        vBar.resizeRelocate(viewW, 0, barW, viewH);
        paint();
    }

    private static void configure(ScrollBar bar, boolean needed, double content, double visible) {
        bar.setVisible(needed);
        double max = needed ? Math.max(0, content - visible) : 0;
        bar.setMin(0);
        bar.setMax(max);
        bar.setVisibleAmount(max == 0 ? 0 : max * visible / content);
        bar.setUnitIncrement(HeatMapLayout.PITCH);
        bar.setBlockIncrement(Math.max(HeatMapLayout.PITCH, visible - HeatMapLayout.PITCH));
        bar.setValue(Math.min(bar.getValue(), max));
    }

    private double bodyWidth() {
        return canvas.getWidth() - HeatMapLayout.LABEL_WIDTH;
    }

    private double bodyHeight() {
        return canvas.getHeight() - HeatMapLayout.HEADER_HEIGHT;
    }

    private void scroll(ScrollEvent e) {
        ScrollBar bar = e.isShiftDown() || Math.abs(e.getDeltaX()) > Math.abs(e.getDeltaY()) ? hBar : vBar;
        double delta = bar == hBar ? (e.getDeltaX() != 0 ? e.getDeltaX() : e.getDeltaY()) : e.getDeltaY();
        if (bar.isVisible() && delta != 0) {
            bar.setValue(Math.max(0, Math.min(bar.getMax(), bar.getValue() - delta)));
            e.consume();
        }
    }

    private Optional<Hit> hitAt(double x, double y) {
        if (x < HeatMapLayout.LABEL_WIDTH || y < HeatMapLayout.HEADER_HEIGHT) {
            return Optional.empty();
        }
        return layout.hit(x - HeatMapLayout.LABEL_WIDTH + hBar.getValue(),
                y - HeatMapLayout.HEADER_HEIGHT + vBar.getValue());
    }

    private void hover(MouseEvent e) {
        Hit hit = hitAt(e.getX(), e.getY()).orElse(null);
        if (hit == null) {
            hideTooltip();
            return;
        }
        if (hit.equals(hovered)) {
            return;
        }
        hideTooltip();
        hovered = hit;
        tooltip.setText(describe(hit.row(), hit.column()));
        double sx = e.getScreenX();
        double sy = e.getScreenY();
        tooltipDelay.setOnFinished(done -> tooltip.show(canvas, sx + 14, sy + 14));
        tooltipDelay.playFromStart();
    }

    private void hideTooltip() {
        hovered = null;
        tooltipDelay.stop();
        tooltip.hide();
    }

    private void paint() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, w, h);
        double dx = HeatMapLayout.LABEL_WIDTH - hBar.getValue();
        double dy = HeatMapLayout.HEADER_HEIGHT - vBar.getValue();
        int first = (int) Math.max(0, Math.floor(hBar.getValue() / HeatMapLayout.PITCH));
        int last = (int) Math.min(layout.data().columns().size() - 1,
                Math.ceil((hBar.getValue() + bodyWidth()) / HeatMapLayout.PITCH));
        for (Line line : layout.lines()) {
            double y = dy + line.y();
            if (y + line.height() < HeatMapLayout.HEADER_HEIGHT || y > h) {
                continue;
            }
            if (line.isGroup()) {
                g.setFill(GROUP_BAND);
                g.fillRect(0, y, w, line.height());
            } else {
                HeatMapData.Row row = layout.data().rows().get(line.row());
                for (int c = first; c <= last; c++) {
                    HeatCellPainter.paint(g, row.cells().get(c), dx + layout.columnX(c),
                            y + (HeatMapLayout.PITCH - HeatMapLayout.CELL) / 2, HeatMapLayout.CELL);
                }
            }
        }
        paintWeekRules(g, dx, first, last, Math.min(h, dy + layout.contentHeight()));
        paintLabels(g, dy, h);
        paintHeader(g, dx, first, last, w);
    }

    /** A thin rule between the weeks, through the cells down to {@code bottom}. */
    private void paintWeekRules(GraphicsContext g, double dx, int first, int last, double bottom) {
        g.setStroke(RULE);
        g.setLineWidth(1);
        for (int c = Math.max(1, first); c <= last; c++) {
            if (layout.data().columns().get(c).week() != layout.data().columns().get(c - 1).week()) {
                double x = Math.floor(dx + c * HeatMapLayout.PITCH) + 0.5;
                g.strokeLine(x, HeatMapLayout.HEADER_HEIGHT, x, bottom);
            }
        }
    }

    /** The fixed column of animal ids and group names. */
    private void paintLabels(GraphicsContext g, double dy, double h) {
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        for (Line line : layout.lines()) {
            double y = dy + line.y();
            if (y + line.height() < HeatMapLayout.HEADER_HEIGHT || y > h) {
                continue;
            }
            g.setFill(line.isGroup() ? GROUP_BAND : Color.WHITE);
            g.fillRect(0, y, HeatMapLayout.LABEL_WIDTH, line.height());
            g.setFill(TEXT);
            g.setFont(line.isGroup() ? BOLD : NORMAL);
            String text = line.isGroup() ? line.group() : layout.data().rows().get(line.row()).animalId();
            g.fillText(text, line.isGroup() ? 6 : 14, y + line.height() / 2, HeatMapLayout.LABEL_WIDTH - 16);
        }
    }

    /** The fixed header: the protocol weeks above, the session numbers below. */
    private void paintHeader(GraphicsContext g, double dx, int first, int last, double w) {
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, w, HeatMapLayout.HEADER_HEIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (int c = first; c <= last; c++) {
            Column col = layout.data().columns().get(c);
            double x = dx + c * HeatMapLayout.PITCH;
            if (c == 0 || layout.data().columns().get(c - 1).week() != col.week() || c == first) {
                g.setFill(TEXT);
                g.setFont(BOLD);
                g.setTextAlign(TextAlignment.LEFT);
                g.fillText(messages.get("adherence.heat.week", col.week()), Math.max(x, HeatMapLayout.LABEL_WIDTH)
                        + 2, 9);
            }
            g.setFill(MUTED);
            g.setFont(SMALL);
            g.setTextAlign(TextAlignment.CENTER);
            g.fillText(Integer.toString(col.number()), x + HeatMapLayout.PITCH / 2, 27);
        }
        g.setStroke(RULE);
        g.strokeLine(0, HeatMapLayout.HEADER_HEIGHT - 0.5, w, HeatMapLayout.HEADER_HEIGHT - 0.5);
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, HeatMapLayout.LABEL_WIDTH, HeatMapLayout.HEADER_HEIGHT - 1);
        g.setFill(MUTED);
        g.setFont(SMALL);
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText(messages.get("adherence.heat.session"), HeatMapLayout.LABEL_WIDTH - 4, 27);
    }
}
