package io.kiosk.infra.embedded;

import org.apache.lucene.util.SetOnce;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.elasticsearch.index.mapper.Mapper;
import org.elasticsearch.index.mapper.TextFieldMapper;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.elasticsearch.plugins.AnalysisPlugin;
import org.elasticsearch.plugins.MapperPlugin;
import org.elasticsearch.plugins.Plugin;
import org.elasticsearch.synonyms.SynonymsManagementAPIService;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Provides the {@code synonym_graph} token filter of the distribution's {@code analysis-common} module
 * ({@link SynonymGraphFilterFactory}): rules inline ({@code synonyms}) or from a synonyms set of the synonyms API
 * ({@code synonyms_set}, which the server itself serves: {@code PUT _synonyms/<set>}), {@code updateable} for search
 * analyzers that reload when the set changes, {@code lenient} and {@code expand}.
 *
 * <p>The synonyms API keeps its sets in the system index {@code .synonyms}, whose mapping has a field of type
 * {@code match_only_text} (of the {@code mapper-extras} module, not here either): the type is provided as a plain
 * {@code text} field, which stores and finds the same rules (it only scores and costs more, which nobody notices on a
 * set of rules).
 *
 * <p>Why: search-time synonyms that staff edit without a reindex need this filter, and {@code analysis-common} is not
 * published to Maven Central. Public only because Elasticsearch instantiates plugins by reflection.
 */
public final class SynonymGraphPlugin extends Plugin implements AnalysisPlugin, MapperPlugin {

    private final SetOnce<SynonymsManagementAPIService> synonymsSets = new SetOnce<>();

    @Override
    public Collection<?> createComponents(PluginServices services) {
        synonymsSets.set(new SynonymsManagementAPIService(services.client()));
        return List.of();
    }

    @Override
    public Map<String, Mapper.TypeParser> getMappers() {
        return Map.of("match_only_text", TextFieldMapper.PARSER);
    }

    @Override
    public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
        return Map.of("synonym_graph", AnalysisPlugin.requiresAnalysisSettings((indexSettings, environment, name, settings) ->
            new SynonymGraphFilterFactory(name, settings, synonymsSets::get)));
    }
}
