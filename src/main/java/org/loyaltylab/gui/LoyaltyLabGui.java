package org.loyaltylab.gui;

import java.awt.Color;
import java.awt.HeadlessException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import javax.swing.JCheckBoxMenuItem;
import javax.swing.JFrame;
import javax.swing.JMenu;
import javax.swing.JMenuItem;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import org.loyaltylab.model.LoyaltyModel;
import org.loyaltylab.model.centre.Story;
import org.loyaltylab.model.param.ParameterRegistry;
import org.loyaltylab.model.param.Parameters;
import sim.display.Console;
import sim.display.Controller;
import sim.display.Display2D;
import sim.display.GUIState;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The live simulation for seminars, on MASON's Console: the service floor and customer base
 * of up to four arms side by side (common random numbers, so the room sees the curves
 * diverge), live charts, the policies editable in the model inspector, a speed that keeps the
 * animation watchable (a pause per simulated day), a Scenario menu of the ready experiments and
 * a View menu that switches to large text for a projector ({@link TextSize}).
 */
public final class LoyaltyLabGui extends GUIState {
    private static final int ORDER_AFTER_MODEL = 100;

    private final List<ArmSetup> setups;
    private final long seed;
    private final int days;
    private final BiConsumer<Path, TextSize> scenarioLoader;
    private final FloorLayout layout;
    private TextSize textSize;
    private final List<LiveArm> arms = new ArrayList<>();
    private int nextAgents;
    private double nextTemperament;
    private long pauseMillisPerDay = 120;
    private Display2D display;
    private JFrame displayFrame;
    private final FloorPortrayal floor = new FloorPortrayal();
    private final sim.portrayal.network.NetworkPortrayal2D links = new sim.portrayal.network.NetworkPortrayal2D();
    private LiveCharts charts;
    private Console console;

    /**
     * @param setups         the arms, 1 to {@value ArmChoice#MAX_ARMS} (see {@link ArmChoice})
     * @param seed           the replication seed shared by the arms
     * @param days           the horizon
     * @param textSize       the text size to open with (the View menu changes it)
     * @param scenarioLoader called when a scenario is chosen from the menu (the launcher then
     *                       closes this console, after the new one has opened)
     */
    public LoyaltyLabGui(List<ArmSetup> setups, long seed, int days, TextSize textSize,
                         BiConsumer<Path, TextSize> scenarioLoader) {
        super(new LoyaltyModel(setups.get(0).parameters(), seed, days));
        this.layout = new FloorLayout(setups.size());
        this.setups = List.copyOf(setups);
        this.seed = seed;
        this.days = days;
        this.textSize = textSize;
        this.scenarioLoader = scenarioLoader;
        Parameters first = setups.get(0).parameters();
        nextAgents = first.integer(ParameterRegistry.AGENTS);
        nextTemperament = first.real(ParameterRegistry.TEMPERAMENT_MEAN);
        buildArms();
    }

    /** @return the window title */
    public static String getName() {
        return "Loyalty Lab: live service floor";
    }

    /**
     * Makes the arms of a run. The staffing and temperament set in the inspector are the first
     * arm's; the other arms move by as much, so that the differences between arms stay.
     */
    private void buildArms() {
        arms.clear();
        Parameters first = setups.get(0).parameters();
        int moreAgents = nextAgents - first.integer(ParameterRegistry.AGENTS);
        double moreTemper = nextTemperament - first.real(ParameterRegistry.TEMPERAMENT_MEAN);
        for (int i = 0; i < setups.size(); i++) {
            Parameters own = setups.get(i).parameters();
            Parameters p = own.with(ParameterRegistry.AGENTS.key(),
                            Math.max(1, own.integer(ParameterRegistry.AGENTS) + moreAgents))
                    .with(ParameterRegistry.TEMPERAMENT_MEAN.key(),
                            Math.max(0.01, Math.min(0.99, own.real(ParameterRegistry.TEMPERAMENT_MEAN) + moreTemper)));
            arms.add(new LiveArm(setups.get(i).name(), i, setups.get(i).position(), p, seed, days));
        }
        state = arms.get(0).model();
    }

    LiveArm firstArm() {
        return arms.get(0);
    }

    int nextAgents() {
        return nextAgents;
    }

    void setNextAgents(int n) {
        nextAgents = n;
    }

    double nextTemperament() {
        return nextTemperament;
    }

    void setNextTemperament(double t) {
        nextTemperament = t;
    }

    /** @return the pause per simulated day, milliseconds (the animation's speed) */
    public long getPauseMillisPerDay() {
        return pauseMillisPerDay;
    }

    /** @param ms the pause per simulated day, milliseconds */
    public void setPauseMillisPerDay(long ms) {
        pauseMillisPerDay = Math.max(0, ms);
    }

    @Override
    public Object getSimulationInspectedObject() {
        return new LivePolicies(this);
    }

    @Override
    public void start() {
        buildArms();
        super.start();
        for (int i = 1; i < arms.size(); i++) {
            arms.get(i).model().start();
        }
        int[][] sample = new int[arms.size()][];
        for (int a = 0; a < arms.size(); a++) {
            int n = Math.min(layout.sample(), arms.get(a).model().customers().count());
            sample[a] = java.util.stream.IntStream.range(0, n).toArray();
        }
        floor.setScene(layout, arms, sample);
        links.setField(socialLinks(sample));
        if (display != null) {
            display.reset();
            display.repaint();
        }
        if (console != null) {
            SwingUtilities.invokeLater(() -> UiFonts.applyOwn(textSize, console));
        }
        state.schedule.scheduleRepeating(0.0, ORDER_AFTER_MODEL, (Steppable) this::endOfDay, 1.0);
    }

    /**
     * The social links among the customers shown, as a MASON network field over a continuous
     * field of their positions (the model keeps the full network in compact arrays).
     */
    private sim.portrayal.network.SpatialNetwork2D socialLinks(int[][] sample) {
        sim.field.continuous.Continuous2D positions =
                new sim.field.continuous.Continuous2D(5, layout.width(), layout.height());
        sim.field.network.Network network = new sim.field.network.Network(true);
        for (int a = 0; a < arms.size(); a++) {
            LoyaltyModel m = arms.get(a).model();
            Long[] nodes = new Long[sample[a].length];
            for (int k = 0; k < nodes.length; k++) {
                nodes[k] = (long) a << 32 | sample[a][k];
                positions.setObjectLocation(nodes[k], layout.customer(a, k));
                network.addNode(nodes[k]);
            }
            for (int k = 0; k < nodes.length; k++) {
                for (int j = 0; j < m.network().degree(); j++) {
                    int friend = m.network().contact(sample[a][k], j);
                    int at = java.util.Arrays.binarySearch(sample[a], friend);
                    if (at >= 0 && at != k) {
                        network.addEdge(nodes[k], nodes[at], null);
                    }
                }
            }
        }
        return new sim.portrayal.network.SpatialNetwork2D(positions, network);
    }

    /** Once per simulated day: bring the other arm to the same time, update views, pause. */
    private void endOfDay(SimState s) {
        double now = s.schedule.getTime();
        for (int i = 1; i < arms.size(); i++) {
            LoyaltyModel m = arms.get(i).model();
            while (m.schedule.getTime() < now && m.schedule.step(m)) {
                // lockstep with the first arm
            }
        }
        @SuppressWarnings("unchecked")
        Map<Integer, Story>[] stories = new Map[arms.size()];
        for (int a = 0; a < arms.size(); a++) {
            stories[a] = arms.get(a).takeStories();
        }
        floor.setFlashes(stories);
        if (charts != null) {
            SwingUtilities.invokeLater(charts::update);
        }
        if (pauseMillisPerDay > 0 && console != null && console.getPlayState() == Console.PS_PLAYING) {
            try {
                Thread.sleep(pauseMillisPerDay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void init(Controller c) {
        super.init(c);
        display = new Display2D(layout.width() * FloorLayout.PIXELS_PER_UNIT,
                layout.height() * FloorLayout.PIXELS_PER_UNIT, this) {
            private static final long serialVersionUID = 1L;

            {
                updateRule = UPDATE_RULE_INTERNAL_TIME;
                timeInterval = 1.0;
            }
        };
        display.setBackdrop(Color.WHITE);
        floor.setTextSize(textSize);
        floor.setField(arms);
        display.attach(floor, "Service floor and customers");
        links.setPortrayalForAll(new sim.portrayal.network.SimpleEdgePortrayal2D(new Color(90, 90, 90, 18), null));
        display.attach(links, "Word-of-mouth links (MASON network field)");
        displayFrame = display.createFrame();
        displayFrame.setTitle("Service floor and customers");
        c.registerFrame(displayFrame);
        displayFrame.setVisible(true);
        charts = new LiveCharts(arms, textSize);
        for (JFrame f : charts.frames()) {
            c.registerFrame(f);
            f.setVisible(true);
        }
        if (c instanceof Console) {
            console = (Console) c;
            console.getJMenuBar().add(scenarioMenu());
            console.getJMenuBar().add(viewMenu());
        }
    }

    private JMenu viewMenu() {
        JMenu menu = new JMenu("View");
        JCheckBoxMenuItem large = new JCheckBoxMenuItem("Large text (projector)", textSize == TextSize.LARGE);
        large.addActionListener(e -> setTextSize(large.isSelected() ? TextSize.LARGE : TextSize.NORMAL));
        menu.add(large);
        return menu;
    }

    /** Redraws every window at {@code size}: the Console, the service floor and the charts. */
    private void setTextSize(TextSize size) {
        textSize = size;
        UiFonts.applyDefaults(size, UIManager.getLookAndFeelDefaults());
        floor.setTextSize(size);
        charts.setTextSize(size);
        List<java.awt.Window> windows = new ArrayList<>(charts.frames());
        windows.add(displayFrame);
        windows.add(console);
        windows.forEach(w -> UiFonts.apply(size, w));
        fit(console, size);
        display.repaint();
    }

    /** Widens the Console for large text, so that its tabs stay on one row and the inspector's fields fit. */
    private static void fit(Console c, TextSize size) {
        if (size == TextSize.LARGE) {
            c.setSize(Math.max(c.getWidth(), 960), Math.max(c.getHeight(), 900));
        }
    }

    private JMenu scenarioMenu() {
        JMenu menu = new JMenu("Scenario");
        try (Stream<Path> files = Files.list(Path.of("experiments"))) {
            files.filter(f -> f.toString().endsWith(".yaml")).sorted().forEach(f -> {
                JMenuItem item = new JMenuItem(f.getFileName().toString());
                item.addActionListener(e -> scenarioLoader.accept(f, textSize));
                menu.add(item);
            });
        } catch (IOException e) {
            menu.add(new JMenuItem("(no experiments/ folder here)"));
        }
        return menu;
    }

    @Override
    public void quit() {
        super.quit();
        if (charts != null) {
            charts.dispose();
        }
        if (displayFrame != null) {
            displayFrame.dispose();
        }
    }

    /**
     * Opens the Console on the given arms; with {@code screenshot}, runs {@code days} days without
     * interaction, saves pictures of the windows ({@link GuiScreenshot}), prints what tests check and exits.
     *
     * @param setups   the arms to show (at most {@value ArmChoice#MAX_ARMS}: see {@link ArmChoice})
     * @param textSize normal, or large for a projector
     * @param loader   opens a scenario chosen from the menu, at the text size then in use
     * @return an exit code (the GUI itself keeps running when no screenshot is asked for)
     */
    public static int launch(List<ArmSetup> setups, long seed, int days, TextSize textSize, Path screenshot,
                             BiConsumer<Path, TextSize> loader) {
        try {
            Console[] console = new Console[1];
            UiFonts.applyDefaults(textSize, UIManager.getLookAndFeelDefaults());
            LoyaltyLabGui gui = new LoyaltyLabGui(setups, seed, days, textSize, (path, size) -> {
                loader.accept(path, size);
                console[0].doClose();
            });
            Console c = new Console(gui);
            console[0] = c;
            UiFonts.apply(textSize, c);
            fit(c, textSize);
            if (screenshot == null) {
                c.setVisible(true);
                return 0;
            }
            gui.setPauseMillisPerDay(0);
            c.setVisible(true);
            gui.start();
            while (gui.state.schedule.getTime() < days && gui.step()) {
                // run without interaction
            }
            SwingUtilities.invokeAndWait(gui.charts::update);
            SwingUtilities.invokeAndWait(() -> gui.display.repaint());
            GuiScreenshot.save(gui, c, screenshot);
            return 0;
        } catch (HeadlessException | java.awt.AWTError e) {
            System.err.println("error: no display: run the GUI on a desktop, or under xvfb-run -a for screenshots");
            return 2;
        } catch (IOException | InterruptedException | java.lang.reflect.InvocationTargetException e) {
            System.err.println("error: screenshot failed: " + e.getMessage());
            return 1;
        }
    }

    TextSize textSize() {
        return textSize;
    }

    JFrame displayFrame() {
        return displayFrame;
    }

    List<JFrame> chartFrames() {
        return charts.frames();
    }

    List<LiveArm> liveArms() {
        return arms;
    }

    int chartPoints(int arm) {
        return charts.points(arm);
    }

    float smallestChartTextPx() {
        return charts.smallestTextPx();
    }

    int smallestFloorTextPx() {
        return floor.smallestTextPx();
    }
}
