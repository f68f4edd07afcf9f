package org.hiitplanner.ui.heats;

import java.util.function.Function;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;
import javafx.util.StringConverter;

import org.hiitplanner.ui.common.Messages;

/** Table columns of text and enum names for the heats screen's tables and choices. */
final class Cells {
    private Cells() {
    }

    /** A column showing {@code text} of each row; not sortable. */
    static <T> TableColumn<T, String> text(String id, String title, Function<T, String> text, double width) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setId(id);
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(text.apply(d.getValue())));
        return c;
    }

    /** Shows an enum value as the message {@code prefix + name()}, e.g. "heats.belt.SINGLE_BELT". */
    static <E extends Enum<E>> StringConverter<E> names(Messages messages, String prefix) {
        return new StringConverter<>() {
            @Override
            public String toString(E value) {
                return value == null ? "" : messages.get(prefix + value.name());
            }

            @Override
            public E fromString(String s) {
                return null;
            }
        };
    }
}
