package dev.expolu.reference;

import dev.expolu.training.LossCurve;

/**
 * One loss curve produced elsewhere (the seed's PyTorch script, another library), read from a file
 * kept beside the experiment.
 *
 * @param name  where it came from, for reports: the file name, with the column or row of a CSV
 * @param curve the loss of every round
 */
public record ReferenceRun(String name, LossCurve curve) {
}
