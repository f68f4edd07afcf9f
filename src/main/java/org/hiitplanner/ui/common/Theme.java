package org.hiitplanner.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;

/** The window's look: AtlantaFX Primer light or dark, plus a style class on the scene's root for app.css. */
public enum Theme {
    LIGHT("theme-light", "menu.view.theme.light"),
    DARK("theme-dark", "menu.view.theme.dark");

    private final String styleClass;
    private final String messageKey;

    Theme(String styleClass, String messageKey) {
        this.styleClass = styleClass;
        this.messageKey = messageKey;
    }

    /** The class app.css keys this theme's own colours on (e.g. the large speeds of Today). */
    public String styleClass() {
        return styleClass;
    }

    public String messageKey() {
        return messageKey;
    }

    /** AtlantaFX's stylesheet for this theme. */
    public String userAgentStylesheet() {
        return this == DARK ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet();
    }
}
