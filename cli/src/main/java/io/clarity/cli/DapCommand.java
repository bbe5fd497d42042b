package io.clarity.cli;

import io.clarity.cli.console.Environment;
import io.clarity.cli.console.VersionProvider;
import io.clarity.cli.dap.DebugAdapter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import picocli.CommandLine.Command;

/** {@code clarity dap}: a Debug Adapter Protocol server on standard input and output. */
@Command(name = "dap",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Serves the Debug Adapter Protocol on standard input and output, for editors.",
            "An editor (VS Code, IntelliJ, any DAP client) starts it as a debug adapter; its launch",
            "request runs a scenario (\"scenario\": FILE) or deploys contracts and runs an",
            "expression (\"contracts\": [FILE...], \"expression\": CODE), with breakpoints by",
            "file and line or on functions, stepping, stack frames, locals and data vars.",
            "",
            "Exit status: 0 when the client closed the session."})
public final class DapCommand implements Callable<Integer> {

    private final Environment env;

    public DapCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() throws InterruptedException, ExecutionException {
        // the protocol owns standard output: the raw descriptor, not the command's writer
        OutputStream out = new FileOutputStream(FileDescriptor.out);
        DebugAdapter.serve(env.workingDir(), env.in(), out);
        return 0;
    }
}
