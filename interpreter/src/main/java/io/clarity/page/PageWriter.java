package io.clarity.page;

import io.clarity.Costs.Dimension;
import io.clarity.eval.instrument.StateAccess;
import io.clarity.syntax.SourceTokens;
import io.clarity.trace.Step;
import io.clarity.value.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes a {@link Page} as one HTML document that needs nothing else: the style is inline, there
 * is no script, no font, image or link to anything outside the page, and every text that comes
 * from a contract, a scenario or a value is escaped. The trace of a step opens with
 * {@code <details>}, which needs no script.
 */
final class PageWriter {

    private static final String STYLE = """
            :root{--ok:#1a7f37;--ok-bg:#dafbe1;--rb:#9a6700;--rb-bg:#fff8c5;--bad:#cf222e;--bad-bg:#ffebe9;
            --info:#57606a;--info-bg:#f6f8fa;--line:#d0d7de;--muted:#656d76;--kw:#8250df;--lit:#0550ae;
            --str:#0a3069;--com:#6e7781}
            *{box-sizing:border-box}
            body{margin:0;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;
            color:#1f2328;background:#fff}
            code,pre,.mono{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,"Liberation Mono",monospace;font-size:12.5px}
            header{padding:14px 24px;border-bottom:1px solid var(--line);background:#f6f8fa}
            header h1{margin:0 0 6px;font-size:20px}
            .chips span{display:inline-block;margin-right:8px;padding:1px 9px;border-radius:10px;font-size:12.5px;font-weight:600}
            .layout{display:grid;grid-template-columns:minmax(0,1.15fr) minmax(0,1fr);gap:20px;padding:16px 24px}
            h2{font-size:16px;margin:4px 0 10px}
            h3{font-size:14px;margin:16px 0 8px;color:var(--muted)}
            ol.timeline{list-style:none;margin:0;padding:0}
            .entry{border:1px solid var(--line);border-left:5px solid var(--info);border-radius:6px;margin:0 0 10px;padding:8px 12px;background:#fff}
            .entry.ok{border-left-color:var(--ok)}
            .entry.rolled-back{border-left-color:var(--rb);background:#fffdf0}
            .entry.failed{border-left-color:var(--bad);background:#fffafa}
            .head{display:flex;gap:8px;align-items:baseline}
            .head .what{flex:1;font-weight:600;word-break:break-all}
            .num,.ln{color:var(--muted);font-size:12px;white-space:nowrap}
            .badge{font-size:11px;font-weight:700;text-transform:uppercase;padding:0 7px;border-radius:9px;white-space:nowrap}
            .ok .badge,.chips .ok{color:var(--ok);background:var(--ok-bg)}
            .rolled-back .badge,.chips .rolled-back{color:var(--rb);background:var(--rb-bg)}
            .failed .badge,.chips .failed{color:var(--bad);background:var(--bad-bg)}
            .info .badge,.chips .info{color:var(--info);background:var(--info-bg)}
            .result{margin:4px 0 0;word-break:break-all}
            .reason{margin:4px 0 0;color:var(--bad);font-weight:600;word-break:break-word}
            .rolled-back .reason{color:var(--rb)}
            .where{margin:4px 0 0;color:var(--muted)}
            pre.srcline{margin:4px 0 0;padding:4px 8px;background:var(--bad-bg);border-radius:4px;overflow-x:auto}
            .part{margin:8px 0 0}
            .part h4{margin:0 0 3px;font-size:11.5px;text-transform:uppercase;letter-spacing:.04em;color:var(--muted)}
            .undone{font-weight:400;text-transform:none;letter-spacing:0;color:var(--rb)}
            ul.events{margin:0;padding-left:18px}
            ul.events li{word-break:break-all}
            table{border-collapse:collapse;font-size:12.5px}
            td,th{border:1px solid var(--line);padding:2px 7px;text-align:left;vertical-align:top}
            th{background:#f6f8fa;font-weight:600}
            table.changes{width:100%;table-layout:fixed}
            table.changes th:first-child{width:92px}table.changes th:nth-child(2){width:34%}
            table.changes td.v{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;overflow-wrap:anywhere}
            table.changes .before{color:var(--bad)}table.changes .after{color:var(--ok)}
            .undone-changes td.v{text-decoration:line-through;text-decoration-color:var(--rb)}
            table.costs td{text-align:right;font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
            .share{color:var(--muted);font-size:11.5px}
            .note{font-weight:400;text-transform:none;letter-spacing:0}
            pre.srcline .caret{color:var(--bad);font-weight:700}
            details.trace{margin:8px 0 0}
            details.trace summary{cursor:pointer;color:#0969da}
            details.trace pre{max-height:420px;overflow:auto;background:#f6f8fa;padding:6px 8px;border-radius:4px;margin:4px 0 0}
            .t-ERROR{color:var(--bad);font-weight:600}.t-STATE{color:#953800}.t-EVENT{color:#0550ae}
            .t-CALL,.t-RETURN{color:var(--kw)}.t-SHORT_RETURN{color:var(--rb)}.t-BRANCH,.t-BIND{color:var(--muted)}
            .at{color:#8c959f}
            .contracts{position:sticky;top:0;align-self:start;max-height:100vh;overflow:auto}
            pre.code{margin:0 0 14px;padding:6px 0;background:#fbfcfd;border:1px solid var(--line);border-radius:6px;overflow-x:auto}
            pre.code .l{display:block;padding:0 10px 0 calc(3.2em + 10px);text-indent:calc(-3.2em - 10px);white-space:pre-wrap;overflow-wrap:anywhere}
            pre.code .l.bad{background:var(--bad-bg);box-shadow:inset 3px 0 var(--bad)}
            .n{display:inline-block;text-indent:0;min-width:3.2em;padding-right:10px;text-align:right;color:#8c959f;user-select:none}
            .kw{color:var(--kw);font-weight:600}.lit{color:var(--lit)}.str{color:var(--str)}.com{color:var(--com);font-style:italic}
            .empty{color:var(--muted);font-style:italic}
            @media (max-width:900px){.layout{grid-template-columns:1fr}.contracts{position:static;max-height:none}}
            """;

    private final Page page;
    private final StringBuilder out = new StringBuilder(1 << 16);
    /** Each contract's source as highlighted HTML, one string per line. */
    private final Map<String, List<String>> lines = new HashMap<>();
    /** Each contract's lines where a step failed. */
    private final Map<String, Set<Integer>> failedLines = new HashMap<>();

    private PageWriter(Page page) {
        this.page = page;
    }

    static String write(Page page) {
        return new PageWriter(page).document();
    }

    private String document() {
        List<Page.Section> sections = page.sections();
        for (Page.Contract c : page.contracts()) {
            lines.put(c.key(), highlighted(c.source()));
        }
        int ok = 0;
        int rolledBack = 0;
        int failed = 0;
        int all = 0;
        for (Page.Section s : sections) {
            for (Entry e : s.entries()) {
                all++;
                switch (e.status()) {
                    case OK -> ok++;
                    case ROLLED_BACK -> rolledBack++;
                    case FAILED -> failed++;
                    case INFO -> { }
                }
                if (e.place() != null) {
                    failedLines.computeIfAbsent(e.place().key(), k -> new HashSet<>()).add(e.place().line());
                }
            }
        }
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"clarity\">\n")
                .append("<title>").append(escape(page.title())).append("</title>\n<style>\n").append(STYLE)
                .append("</style>\n</head>\n<body>\n<header>\n<h1>").append(escape(page.title())).append("</h1>\n")
                .append("<div class=\"chips\"><span class=\"info\">").append(all).append(all == 1 ? " step" : " steps")
                .append("</span><span class=\"ok\">").append(ok).append(" ok</span><span class=\"rolled-back\">")
                .append(rolledBack).append(" rolled back</span><span class=\"failed\">").append(failed)
                .append(" failed</span></div>\n</header>\n<div class=\"layout\">\n<main class=\"steps\">\n<h2>Timeline</h2>\n");
        int sectionNumber = 0;
        for (Page.Section s : sections) {
            sectionNumber++;
            section(s, sectionNumber, sections.size() > 1);
        }
        out.append("</main>\n<aside class=\"contracts\">\n<h2>Contracts</h2>\n");
        if (page.contracts().isEmpty()) {
            out.append("<p class=\"empty\">No contract was deployed.</p>\n");
        }
        for (Page.Contract c : page.contracts()) {
            contract(c);
        }
        out.append("</aside>\n</div>\n</body>\n</html>\n");
        return out.toString();
    }

    private void section(Page.Section s, int number, boolean titled) {
        if (titled || !s.title().isEmpty()) {
            out.append("<h3>").append(escape(s.title())).append("</h3>\n");
        }
        List<Entry> entries = s.entries();
        if (entries.isEmpty()) {
            out.append("<p class=\"empty\">Nothing ran.</p>\n");
            return;
        }
        out.append("<ol class=\"timeline\">\n");
        int n = 0;
        for (Entry e : entries) {
            n++;
            entry(e, "step-" + number + "-" + n, n);
        }
        out.append("</ol>\n");
    }

    private void entry(Entry e, String id, int n) {
        String status = cssClass(e.status());
        out.append("<li class=\"entry ").append(status).append("\" id=\"").append(id).append("\" data-status=\"")
                .append(status).append("\">\n<div class=\"head\"><span class=\"num\">#").append(n)
                .append("</span><span class=\"badge\">").append(e.status().label())
                .append("</span><code class=\"what\">").append(escape(e.title())).append("</code>");
        if (e.line() > 0) {
            out.append("<span class=\"ln\">line ").append(e.line()).append("</span>");
        }
        out.append("</div>\n");
        if (e.result() != null) {
            out.append("<div class=\"result\">=&gt; <code>").append(escape(e.result())).append("</code></div>\n");
        }
        if (e.reason() != null) {
            out.append("<div class=\"reason\">").append(escape(e.reason())).append("</div>\n");
        }
        if (e.place() != null) {
            place(e.place());
        }
        if (!e.events().isEmpty()) {
            out.append("<div class=\"part events\"><h4>Events");
            undone(e, "not kept");
            out.append("</h4><ul class=\"events\">\n");
            for (String ev : e.events()) {
                out.append("<li><code>").append(escape(ev)).append("</code></li>\n");
            }
            out.append("</ul></div>\n");
        }
        if (!e.changes().isEmpty()) {
            changes(e);
        }
        if (e.cost() != null && e.limit() != null) {
            costs(e);
        }
        if (!e.trace().isEmpty()) {
            trace(e);
        }
        out.append("</li>\n");
    }

    private void undone(Entry e, String what) {
        if (e.status().undone()) {
            out.append(" <span class=\"undone\">(").append(what).append(": ")
                    .append(e.status() == Entry.Status.FAILED ? "the step failed" : "rolled back").append(")</span>");
        }
    }

    /** Where a step failed: a link to the contract's line, and the line itself. */
    private void place(Entry.Place p) {
        String anchor = lineId(p.key(), p.line());
        List<String> source = lines.get(p.key());
        out.append("<div class=\"where\">at <a href=\"#").append(anchor).append("\">")
                .append(escape(p.contract() + ":" + p.line() + ":" + p.column())).append("</a></div>\n");
        if (source != null && p.line() >= 1 && p.line() <= source.size()) {
            out.append("<pre class=\"srcline\"><span class=\"n\">").append(p.line()).append("</span>")
                    .append(source.get(p.line() - 1)).append("\n<span class=\"n\"></span><span class=\"caret\">")
                    .append(" ".repeat(Math.max(0, p.column() - 1))).append("^</span></pre>\n");
        }
    }

    private void changes(Entry e) {
        out.append("<div class=\"part state\"><h4>State changed");
        undone(e, "not kept");
        out.append("</h4><table class=\"changes").append(e.status().undone() ? " undone-changes" : "")
                .append("\">\n<tr><th>what</th><th>where</th><th>before</th><th>after</th></tr>\n");
        for (StateAccess c : e.changes()) {
            out.append("<tr class=\"change\" data-store=\"").append(c.store()).append("\"><td>").append(store(c.store()))
                    .append("</td><td class=\"v place\">").append(escape(where(c))).append("</td><td class=\"v before\">")
                    .append(escape(show(c.before()))).append("</td><td class=\"v after\">").append(escape(show(c.after())))
                    .append("</td></tr>\n");
        }
        out.append("</table></div>\n");
    }

    private static String where(StateAccess c) {
        return c.contract() == null ? c.place() : c.contract().name() + "." + c.place();
    }

    private static String store(StateAccess.Store s) {
        return switch (s) {
            case DATA_VAR -> "data var";
            case MAP_ENTRY -> "map entry";
            case STX_BALANCE -> "STX balance";
            case FT_BALANCE -> "FT balance";
            case FT_SUPPLY -> "FT supply";
            case NFT_OWNER -> "NFT owner";
        };
    }

    private static String show(Value v) {
        return v == null ? "(none)" : v.toString();
    }

    private void costs(Entry e) {
        out.append("<div class=\"part costs\"><h4>Costs <span class=\"note\">(and the share of the block limit)</span>")
                .append("</h4><table class=\"costs\">\n<tr>");
        for (Dimension d : Dimension.values()) {
            out.append("<th>").append(escape(d.reportName())).append("</th>");
        }
        out.append("</tr>\n<tr>");
        for (Dimension d : Dimension.values()) {
            long limit = d.of(e.limit());
            long used = d.of(e.cost());
            out.append("<td data-dimension=\"").append(d.reportName()).append("\" title=\"block limit ")
                    .append(String.format(Locale.ROOT, "%,d", limit)).append("\">")
                    .append(String.format(Locale.ROOT, "%,d", used)).append(" <span class=\"share\">")
                    .append(percent(limit == 0 ? 0 : 100.0 * used / limit)).append("</span></td>");
        }
        out.append("</tr>\n</table></div>\n");
    }

    /** A share in percent, with as many decimals as make a small one readable. */
    static String percent(double share) {
        if (share == 0) {
            return "0%";
        }
        if (share < 0.0001) {
            return "&lt;0.0001%";
        }
        if (share < 1) {
            return String.format(Locale.ROOT, "%.4f%%", share);
        }
        return String.format(Locale.ROOT, "%.2f%%", share);
    }

    private void trace(Entry e) {
        int total = e.trace().size() + e.omittedSteps();
        // a failure's trace is open: how it came to fail is what a reader looks for
        out.append("<details class=\"trace\"").append(e.status() == Entry.Status.FAILED ? " open" : "")
                .append("><summary>Step-by-step trace (").append(total)
                .append(total == 1 ? " step" : " steps").append(")</summary><pre>");
        for (Step s : e.trace()) {
            out.append("<span class=\"t-").append(s.kind().name()).append("\">").append(escape(s.toString()))
                    .append("</span>");
            if (s.place() != null) {
                out.append("  <span class=\"at\">").append(escape(s.place())).append("</span>");
            }
            out.append('\n');
        }
        if (e.omittedSteps() > 0) {
            out.append("<span class=\"at\">... ").append(e.omittedSteps()).append(" more steps not shown</span>\n");
        }
        out.append("</pre></details>\n");
    }

    private void contract(Page.Contract c) {
        out.append("<section class=\"contract\" id=\"contract-").append(idPart(c.key())).append("\">\n<h3>")
                .append(escape(c.name()));
        if (!c.key().equals(c.name())) {
            // another contract of this name is on the page: say which this is
            out.append(" <span class=\"num\">(").append(escape(c.key())).append(")</span>");
        }
        if (!c.label().equals(c.name())) {
            out.append(" <span class=\"num\">").append(escape(c.label())).append("</span>");
        }
        out.append("</h3>\n<pre class=\"code\">");
        Set<Integer> bad = failedLines.getOrDefault(c.key(), Set.of());
        List<String> source = lines.get(c.key());
        for (int i = 0; i < source.size(); i++) {
            int line = i + 1;
            out.append("<span class=\"l").append(bad.contains(line) ? " bad" : "").append("\" id=\"")
                    .append(lineId(c.key(), line)).append("\"><span class=\"n\">").append(line).append("</span>")
                    .append(source.get(i)).append("</span>");
        }
        out.append("</pre>\n</section>\n");
    }

    private static String lineId(String contract, int line) {
        return "src-" + idPart(contract) + "-" + line;
    }

    /** A contract name as part of an id: its letters, digits, {@code -} and {@code _}. */
    private static String idPart(String name) {
        StringBuilder sb = new StringBuilder();
        for (char ch : name.toCharArray()) {
            sb.append(Character.isLetterOrDigit(ch) && ch < 128 || ch == '-' || ch == '_' ? ch : '_');
        }
        return sb.toString();
    }

    /** {@code source} highlighted, one string of HTML per line (without its newline). */
    static List<String> highlighted(String source) {
        List<String> result = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (SourceTokens.Piece p : SourceTokens.of(source)) {
            String css = switch (p.kind()) {
                case KEYWORD -> "kw";
                case LITERAL -> "lit";
                case STRING -> "str";
                case COMMENT -> "com";
                case PLAIN -> null;
            };
            String[] parts = p.text().split("\n", -1);
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) {
                    result.add(line.toString());
                    line.setLength(0);
                }
                if (parts[i].isEmpty()) {
                    continue;
                }
                if (css == null) {
                    line.append(escape(parts[i]));
                } else {
                    line.append("<span class=\"").append(css).append("\">").append(escape(parts[i])).append("</span>");
                }
            }
        }
        if (line.length() > 0 || result.isEmpty()) {
            result.add(line.toString());
        }
        return result;
    }

    private static String cssClass(Entry.Status s) {
        return switch (s) {
            case OK -> "ok";
            case ROLLED_BACK -> "rolled-back";
            case FAILED -> "failed";
            case INFO -> "info";
        };
    }

    /** {@code s} as HTML text or attribute value. */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(ch);
            }
        }
        return sb.toString();
    }
}
