package org.hiitplanner.ui.adherence;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * Draws one heat-map cell. Every state has a shape as well as a colour, so that it reads without colour too:
 * completed a full green square, partial a pale amber square filled from the bottom to the fraction of intervals
 * done, missed a red square with a white cross, excused a grey square with a white diagonal, not recorded yet an
 * outline with a dot, no session a faint square.
 */
final class HeatCellPainter {
    static final Color COMPLETED = Color.web("#2da44e");
    static final Color PARTIAL = Color.web("#d4a72c");
    static final Color PARTIAL_EMPTY = Color.web("#fff1c2");
    static final Color MISSED = Color.web("#cf222e");
    static final Color EXCUSED = Color.web("#8c959f");
    static final Color NOT_RECORDED = Color.web("#6e7781");
    static final Color NO_SESSION = Color.web("#eaeef2");

    private HeatCellPainter() {
    }

    static void paint(GraphicsContext g, HeatCell cell, double x, double y, double size) {
        switch (cell.state()) {
            case COMPLETED -> fill(g, COMPLETED, x, y, size);
            case PARTIAL -> partial(g, cell.fraction(), x, y, size);
            case MISSED -> {
                fill(g, MISSED, x, y, size);
                cross(g, x, y, size);
            }
            case EXCUSED -> {
                fill(g, EXCUSED, x, y, size);
                g.setStroke(Color.WHITE);
                g.setLineWidth(1.5);
                g.strokeLine(x + 3, y + size - 3, x + size - 3, y + 3);
            }
            case NOT_RECORDED -> {
                g.setFill(Color.WHITE);
                g.fillRect(x, y, size, size);
                g.setStroke(NOT_RECORDED);
                g.setLineWidth(1);
                g.strokeRect(x + 0.5, y + 0.5, size - 1, size - 1);
                g.setFill(NOT_RECORDED);
                g.fillOval(x + size / 2 - 1.5, y + size / 2 - 1.5, 3, 3);
            }
            default -> fill(g, NO_SESSION, x, y, size);
        }
    }

    private static void fill(GraphicsContext g, Color color, double x, double y, double size) {
        g.setFill(color);
        g.fillRect(x, y, size, size);
    }

    private static void partial(GraphicsContext g, double fraction, double x, double y, double size) {
        fill(g, PARTIAL_EMPTY, x, y, size);
        double h = Math.round(size * fraction);
        g.setFill(PARTIAL);
        g.fillRect(x, y + size - h, size, h);
        g.setStroke(PARTIAL);
        g.setLineWidth(1);
        g.strokeRect(x + 0.5, y + 0.5, size - 1, size - 1);
    }

    private static void cross(GraphicsContext g, double x, double y, double size) {
        g.setStroke(Color.WHITE);
        g.setLineWidth(1.6);
        double m = size * 0.28;
        g.strokeLine(x + m, y + m, x + size - m, y + size - m);
        g.strokeLine(x + size - m, y + m, x + m, y + size - m);
    }
}
