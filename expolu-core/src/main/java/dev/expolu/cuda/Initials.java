package dev.expolu.cuda;

import dev.expolu.network.Parameters;
import dev.expolu.run.NetworkSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The runs' initial tensors, drawn on the CPU and put where a batch's kernel reads them. */
final class Initials {

    private Initials() {
    }

    /**
     * Each run's initial tensors onto the device, drawn on all processors a few runs at a time; a run
     * that starts like an earlier one of the batch (the same init and seed) is copied on the device.
     */
    static void upload(DeviceBatch device, List<NetworkSpec> runs) throws IOException {
        int chunk = Math.max(1, Runtime.getRuntime().availableProcessors());
        Map<String, Integer> uploaded = new HashMap<>();
        for (int from = 0; from < runs.size(); from += chunk) {
            List<NetworkSpec> part = runs.subList(from, Math.min(runs.size(), from + chunk));
            Map<String, NetworkSpec> fresh = new LinkedHashMap<>();
            part.forEach(spec -> {
                if (!uploaded.containsKey(start(spec))) {
                    fresh.putIfAbsent(start(spec), spec);
                }
            });
            Map<String, Parameters> drawn = new ConcurrentHashMap<>();
            try {
                fresh.entrySet().parallelStream().forEach(e -> drawn.put(e.getKey(), initial(e.getValue())));
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            for (int r = 0; r < part.size(); r++) {
                String start = start(part.get(r));
                Integer earlier = uploaded.get(start);
                if (earlier != null) {
                    device.uploadAs(from + r, earlier);
                } else {
                    device.upload(from + r, drawn.get(start));
                    uploaded.put(start, from + r);
                }
            }
        }
    }

    private static Parameters initial(NetworkSpec spec) {
        try {
            return Parameters.initial(spec);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What decides a run's initial tensors. */
    private static String start(NetworkSpec spec) {
        return spec.init() + " seed " + spec.seed();
    }

}
