package io.clarity.profile;

import io.clarity.Costs.Dimension;
import io.clarity.cost.ExecutionCost;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A flame graph of folded stacks as a self-contained SVG (no script, no external file): each frame
 * a box as wide as its share of the total, its callees stacked above it, a tooltip (the SVG
 * {@code title}) with its name, its cost and its share.
 */
public final class FlameGraph {

    private static final int WIDTH = 1200;
    private static final int ROW = 17;
    private static final int MARGIN = 10;
    private static final int TOP = 40;
    /** The width of a character of the 12px monospace font, to clip the labels. */
    private static final double CHAR = 7.2;

    /** A frame and the frames above it, with the cost of the stacks through it. */
    private static final class Node {
        final String name;
        long value;
        final Map<String, Node> children = new LinkedHashMap<>();

        Node(String name) {
            this.name = name;
        }
    }

    private FlameGraph() {
    }

    /** The SVG of {@code stacks} counted in {@code dimension}, headed by {@code title}. */
    public static String svg(Map<String, ExecutionCost> stacks, Dimension dimension, String title) {
        Node root = new Node("all");
        stacks.forEach((path, cost) -> {
            long n = dimension.of(cost);
            if (n <= 0) {
                return;
            }
            root.value += n;
            Node at = root;
            for (String frame : path.split(";")) {
                at = at.children.computeIfAbsent(frame, Node::new);
                at.value += n;
            }
        });
        int depth = depth(root);
        int height = TOP + (depth + 1) * ROW + MARGIN;
        StringBuilder sb = new StringBuilder();
        sb.append("<?xml version=\"1.0\" standalone=\"no\"?>\n");
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(WIDTH)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(height).append("\" font-family=\"monospace\" font-size=\"12\">\n");
        sb.append("<rect x=\"0\" y=\"0\" width=\"100%\" height=\"100%\" fill=\"#f8f8f0\"/>\n");
        sb.append("<text x=\"").append(WIDTH / 2).append("\" y=\"24\" text-anchor=\"middle\" font-size=\"16\">")
                .append(escape(title)).append(" (").append(dimension.reportName()).append(": ").append(root.value)
                .append(")</text>\n");
        if (root.value > 0) {
            draw(sb, root, 0, MARGIN, WIDTH - 2.0 * MARGIN, height - MARGIN - ROW, root.value);
        }
        return sb.append("</svg>\n").toString();
    }

    private static int depth(Node n) {
        int d = 0;
        for (Node c : n.children.values()) {
            d = Math.max(d, depth(c) + 1);
        }
        return d;
    }

    private static void draw(StringBuilder sb, Node n, int level, double x, double width, int y, long total) {
        double share = 100.0 * n.value / total;
        String label = n.name + " (" + n.value + ", " + String.format(Locale.ROOT, "%.2f", share) + "%)";
        sb.append("<g><title>").append(escape(label)).append("</title>");
        sb.append("<rect x=\"").append(fmt(x)).append("\" y=\"").append(y).append("\" width=\"").append(fmt(width))
                .append("\" height=\"").append(ROW - 1).append("\" rx=\"2\" fill=\"").append(color(n.name, level))
                .append("\"/>");
        int chars = (int) ((width - 6) / CHAR);
        if (chars >= 3) {
            String text = n.name.length() <= chars ? n.name : n.name.substring(0, chars - 2) + "..";
            sb.append("<text x=\"").append(fmt(x + 3)).append("\" y=\"").append(y + ROW - 5).append("\">")
                    .append(escape(text)).append("</text>");
        }
        sb.append("</g>\n");
        double at = x;
        List<Node> children = new ArrayList<>(n.children.values());
        children.sort((a, b) -> a.name.compareTo(b.name));
        for (Node c : children) {
            double w = width * c.value / n.value;
            draw(sb, c, level + 1, at, w, y - ROW, total);
            at += w;
        }
    }

    /** A warm colour, the same for the same name. */
    private static String color(String name, int level) {
        if (level == 0) {
            return "rgb(220,220,220)";
        }
        int h = name.hashCode();
        int r = 205 + Math.floorMod(h, 50);
        int g = 90 + Math.floorMod(h >> 8, 130);
        int b = Math.floorMod(h >> 16, 55);
        return "rgb(" + r + "," + g + "," + b + ")";
    }

    private static String fmt(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
