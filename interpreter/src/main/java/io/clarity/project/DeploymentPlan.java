package io.clarity.project;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.clarity.version.Epoch;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a project's {@code deployments/default.simnet-plan.yaml} adds to the deployment that
 * clarinet-sdk builds from the manifest: the SDK drops the plan's contract publishes (the
 * manifest owns them) and keeps the transactions a user added, in their batches; here those are
 * contract calls ({@code emulated-contract-call}), run after the contracts of their batch.
 *
 * @param calls the plan's contract calls, in the plan's order
 */
public record DeploymentPlan(List<Call> calls) {

    /** The plan's file, relative to the project's folder. */
    public static final String FILE = "deployments/default.simnet-plan.yaml";

    /** No plan, or one with nothing but publishes. */
    public static final DeploymentPlan NONE = new DeploymentPlan(List.of());

    public DeploymentPlan {
        calls = List.copyOf(calls);
    }

    /**
     * A contract call of the plan.
     *
     * @param batch the id of its batch
     * @param epoch its batch's epoch
     * @param contract the contract's id ({@code ST....name})
     * @param sender who sends it, an address
     * @param parameters the arguments as Clarity literals
     */
    public record Call(int batch, Epoch epoch, String contract, String sender, String method, List<String> parameters) {
        public Call {
            parameters = List.copyOf(parameters);
        }

        @Override
        public String toString() {
            return "(contract-call? '" + contract + " " + method
                    + (parameters.isEmpty() ? "" : " " + String.join(" ", parameters)) + ") as " + sender;
        }
    }

    /** One more than the highest batch id that has calls. */
    int batchCount() {
        return calls.stream().mapToInt(c -> c.batch() + 1).max().orElse(0);
    }

    List<Call> callsOf(int batch) {
        return calls.stream().filter(c -> c.batch() == batch).toList();
    }

    /** The plan in {@code file}. */
    public static DeploymentPlan read(Path file) throws ProjectException {
        JsonNode yaml;
        try {
            yaml = new YAMLMapper().readTree(Files.readString(file));
        } catch (JacksonException e) {
            throw new ProjectException(file + ": not valid YAML: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ProjectException("cannot read " + file + ": " + e.getMessage());
        }
        List<Call> calls = new ArrayList<>();
        if (yaml == null) {
            return NONE;
        }
        for (JsonNode batch : yaml.path("plan").path("batches")) {
            String where = FILE + " batch " + batch.path("id").asText("?");
            if (!batch.path("id").canConvertToInt()) {
                throw new ProjectException(where + ": a batch needs a numeric id");
            }
            int id = batch.path("id").asInt();
            Epoch epoch = Epoch.of(batch.path("epoch").asText(ClarinetProject.DEFAULT_EPOCH.label()));
            if (epoch == null) {
                throw new ProjectException(where + ": epoch " + batch.path("epoch").asText() + " is not one of "
                        + Epoch.knownLabels());
            }
            for (JsonNode tx : batch.path("transactions")) {
                String type = tx.path("transaction-type").asText("");
                switch (type) {
                    case "emulated-contract-publish", "requirement-publish" -> {
                        // the manifest decides what is published, as in clarinet-sdk
                    }
                    case "emulated-contract-call" -> calls.add(call(tx, id, epoch, where));
                    default -> throw new ProjectException(where + ": transaction-type \"" + type + "\" is not run here"
                            + " (a simnet plan's contract calls are: emulated-contract-call)");
                }
            }
        }
        return new DeploymentPlan(calls);
    }

    private static Call call(JsonNode tx, int batch, Epoch epoch, String where) throws ProjectException {
        for (String field : List.of("contract-id", "emulated-sender", "method")) {
            if (!tx.path(field).isTextual()) {
                throw new ProjectException(where + ": an emulated-contract-call needs " + field);
            }
        }
        List<String> parameters = new ArrayList<>();
        for (JsonNode p : tx.path("parameters")) {
            parameters.add(p.asText());
        }
        return new Call(batch, epoch, tx.path("contract-id").asText(), tx.path("emulated-sender").asText(),
                tx.path("method").asText(), parameters);
    }
}
