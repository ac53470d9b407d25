package dev.expolu.maven;

import dev.expolu.execution.TrainRequest;
import dev.expolu.execution.TrainResult;
import dev.expolu.execution.Training;
import dev.expolu.experiment.ExperimentException;
import java.io.IOException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Renders {@code target/expolu-reports/index.html} again from the run records of an earlier
 * {@code expolu:train}, training nothing and failing nothing.
 */
@Mojo(name = "report", threadSafe = true, requiresDependencyResolution = ResolutionScope.TEST)
public class ReportMojo extends AbstractExpoluMojo {

    @Override
    String goal() {
        return "report";
    }

    @Override
    TrainResult run(TrainRequest request) throws ExperimentException, IOException {
        return Training.report(request, trainingLog());
    }

    @Override
    void conclude(TrainResult result) {
        if (!result.passed()) {
            getLog().info("As recorded, these fail: " + System.lineSeparator() + result.failureMessage());
        }
    }
}
