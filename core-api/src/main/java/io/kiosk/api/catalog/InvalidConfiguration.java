package io.kiosk.api.catalog;

import java.util.List;
import java.util.stream.Collectors;

/** The chosen options do not make an orderable product; each problem names the field and the conflicting choices. */
public class InvalidConfiguration extends IllegalArgumentException {

    private final List<ConfigurationProblem> problems;

    public InvalidConfiguration(List<ConfigurationProblem> problems) {
        super(problems.stream().map(ConfigurationProblem::message).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<ConfigurationProblem> problems() {
        return problems;
    }
}
