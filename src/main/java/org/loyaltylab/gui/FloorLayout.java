package org.loyaltylab.gui;

import sim.util.Double2D;

/**
 * Where each arm's panel sits in the service-floor display, in field units: panels 100 units
 * wide, two to a row (so four arms make a 2 x 2 grid), each with its name, agents and queue above
 * a grid of sampled customers, and a legend below all panels. With three or four arms each panel
 * shows half as many customers, so that the display still fits a 1080-pixel screen.
 *
 * @param arms how many arms are shown (1 to {@value ArmChoice#MAX_ARMS})
 */
record FloorLayout(int arms) {
    /** Width of one arm's panel. */
    static final double PANEL_WIDTH = 100;
    /** Pixels per field unit at the display's opening zoom. */
    static final double PIXELS_PER_UNIT = 5.5;
    /** Customers per row of the grid. */
    static final int COLUMNS = 50;
    /** Width and height of one customer's cell. */
    static final double CELL = 94.0 / COLUMNS;
    /** Top of the customer grid within a panel. */
    static final double GRID_TOP = 40;
    /** Height of the legend under the panels: two lines of large text. */
    static final double LEGEND_HEIGHT = 16;

    /** Checks the number of arms. */
    FloorLayout {
        if (arms < 1 || arms > ArmChoice.MAX_ARMS) {
            throw new IllegalArgumentException("1 to " + ArmChoice.MAX_ARMS + " arms, not " + arms);
        }
    }

    /** @return rows of customers in a panel */
    int gridRows() {
        return arms <= 2 ? 30 : 15;
    }

    /** @return how many customers a panel shows */
    int sample() {
        return gridRows() * COLUMNS;
    }

    /** @return the height of one arm's panel */
    double panelHeight() {
        return GRID_TOP + gridRows() * CELL + 3;
    }

    /** @return the width of the field: two panels */
    double width() {
        return 2 * PANEL_WIDTH;
    }

    /** @return the height of the field: the panels' rows and the legend */
    double height() {
        return (arms + 1) / 2 * panelHeight() + LEGEND_HEIGHT;
    }

    /** @return the top of the legend */
    double legendTop() {
        return height() - LEGEND_HEIGHT;
    }

    /** @return the top left corner of arm {@code a}'s panel */
    Double2D origin(int a) {
        return new Double2D(a % 2 * PANEL_WIDTH, a / 2 * panelHeight());
    }

    /** @return the top left corner of the {@code k}-th shown customer's cell of arm {@code a} */
    Double2D cell(int a, int k) {
        Double2D o = origin(a);
        return new Double2D(o.x + 3 + k % COLUMNS * CELL, o.y + GRID_TOP + k / COLUMNS * CELL);
    }

    /** @return the centre of the {@code k}-th shown customer of arm {@code a} */
    Double2D customer(int a, int k) {
        Double2D c = cell(a, k);
        return new Double2D(c.x + CELL * 0.4, c.y + CELL * 0.4);
    }
}
