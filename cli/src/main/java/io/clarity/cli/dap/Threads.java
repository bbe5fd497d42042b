package io.clarity.cli.dap;

import org.eclipse.lsp4j.debug.Thread;
import org.eclipse.lsp4j.debug.ThreadsResponse;

/** The threads DAP lists: Clarity code runs on one (in a file of its own: DAP's Thread hides Java's). */
final class Threads {

    private Threads() {
    }

    /** One thread, {@code id}, named {@code name}. */
    static ThreadsResponse one(int id, String name) {
        Thread t = new Thread();
        t.setId(id);
        t.setName(name);
        ThreadsResponse r = new ThreadsResponse();
        r.setThreads(new Thread[] {t});
        return r;
    }
}
