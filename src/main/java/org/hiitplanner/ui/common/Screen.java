package org.hiitplanner.ui.common;

import java.util.function.Supplier;

import javafx.scene.Node;

import org.kordamp.ikonli.Ikon;

/**
 * One screen of the main window.
 *
 * @param id      stable name, also used to route validation findings ("protocol", "animals", …)
 * @param title   shown in the side bar
 * @param icon    shown in the side bar
 * @param content builds the view; called once, when the screen is first shown, so start-up stays quick
 */
public record Screen(String id, String title, Ikon icon, Supplier<Node> content) {
}
