package org.hiitplanner.export.pdf;

import java.io.IOException;
import java.util.List;

/** Things to fill in by hand: boxes with a caption, and tick boxes. */
final class Forms {
    static final float GAP = 6f;

    /**
     * A box to write in.
     *
     * @param caption printed small in its top left corner
     * @param weight  share of the row's width
     */
    record Field(String caption, float weight) {
    }

    private Forms() {
    }

    /** Boxes side by side filling {@code width} from {@code x}, their tops at {@code top}. */
    static void fields(PageWriter w, List<Field> fields, float x, float width, float top, float height)
            throws IOException {
        float total = 0;
        for (Field f : fields) {
            total += f.weight();
        }
        float usable = width - GAP * (fields.size() - 1);
        Style caption = w.fonts().regular(7.5f, Style.GREY);
        for (Field f : fields) {
            float fw = usable * f.weight() / total;
            w.box(x, top - height, fw, height, 0.7f);
            w.text(w.layout().fit(caption, f.caption(), fw - 6), x + 3, top - 3 - caption.ascent(), caption);
            x += fw + GAP;
        }
    }

    /** A square to tick, its lower left corner at (x, yBottom), with a small label in its top left corner. */
    static void tickBox(PageWriter w, float x, float yBottom, float size, String label) throws IOException {
        w.box(x, yBottom, size, size, 1f);
        if (label != null && !label.isEmpty()) {
            Style s = w.fonts().regular(Math.min(7f, size * 0.4f), Style.GREY);
            w.text(label, x + 1.5f, yBottom + size - 1.5f - s.ascent(), s);
        }
    }
}
