package io.kiosk.infra.embedded;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.index.IndexService.IndexCreationContext;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.elasticsearch.index.analysis.Analysis;
import org.elasticsearch.index.analysis.AnalysisMode;
import org.elasticsearch.index.analysis.CharFilterFactory;
import org.elasticsearch.index.analysis.CustomAnalyzer;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.elasticsearch.index.analysis.TokenizerFactory;
import org.elasticsearch.synonyms.SynonymsManagementAPIService;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.ParseException;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One {@code synonym_graph} filter of an index's settings. Rules are in Solr's format ({@code 充电宝, 移动电源,
 * power bank} or {@code a => b}) and are analysed by the chain before the filter, as on the real server, so a rule
 * matches what that chain makes of a query. Rules of a {@code synonyms_set} are read when the index's search analyzers
 * are reloaded ({@code POST <index>/_reload_search_analyzers}, which every change through the synonyms API does);
 * until then, as when the index is created, the set counts as empty, so that creating an index never waits on a
 * search of the {@code .synonyms} index inside the cluster's state updates.
 */
final class SynonymGraphFilterFactory extends AbstractTokenFilterFactory {

    private final List<String> inlineRules;
    private final String synonymsSet;
    private final boolean expand;
    private final boolean lenient;
    private final AnalysisMode analysisMode;
    private final Supplier<SynonymsManagementAPIService> synonymsSets;

    SynonymGraphFilterFactory(String name, Settings settings, Supplier<SynonymsManagementAPIService> synonymsSets) {
        super(name, settings);
        this.inlineRules = settings.getAsList("synonyms", null);
        this.synonymsSet = settings.get("synonyms_set");
        if ((inlineRules == null) == (synonymsSet == null)) {
            throw new IllegalArgumentException("synonym requires either `synonyms` or `synonyms_set` to be configured");
        }
        boolean updateable = settings.getAsBoolean("updateable", false);
        if (synonymsSet != null && !updateable) {
            throw new IllegalArgumentException("Can't apply [synonyms_set]! "
                + "Loading synonyms from index is supported only for search time synonyms!");
        }
        this.expand = settings.getAsBoolean("expand", true);
        this.lenient = settings.getAsBoolean("lenient", updateable);
        this.analysisMode = updateable ? AnalysisMode.SEARCH_TIME : AnalysisMode.ALL;
        this.synonymsSets = synonymsSets;
    }

    @Override
    public AnalysisMode getAnalysisMode() {
        return analysisMode;
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        throw new IllegalStateException("a synonym filter is specialised for its analysis chain first");
    }

    @Override
    public TokenFilterFactory getChainAwareTokenFilterFactory(IndexCreationContext context, TokenizerFactory tokenizer,
                                                              List<CharFilterFactory> charFilters,
                                                              List<TokenFilterFactory> previousTokenFilters,
                                                              Function<String, TokenFilterFactory> allFilters) {
        Analyzer chain = new CustomAnalyzer(tokenizer, charFilters.toArray(CharFilterFactory[]::new),
            previousTokenFilters.stream().map(TokenFilterFactory::getSynonymFilter).toArray(TokenFilterFactory[]::new));
        SynonymMap synonyms = build(chain, rules(context));
        String name = name();
        return new TokenFilterFactory() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public TokenStream create(TokenStream tokenStream) {
                return synonyms.fst == null ? tokenStream : new SynonymGraphFilter(tokenStream, synonyms, false);
            }

            @Override
            public TokenFilterFactory getSynonymFilter() {
                // synonyms are not applied to the rules of a later synonym filter
                return IDENTITY_FILTER;
            }

            @Override
            public AnalysisMode getAnalysisMode() {
                return analysisMode;
            }

            @Override
            public String getResourceName() {
                return synonymsSet;
            }
        };
    }

    private Reader rules(IndexCreationContext context) {
        if (inlineRules != null) {
            return new StringReader(String.join("\n", inlineRules));
        }
        if (context != IndexCreationContext.RELOAD_ANALYZERS) {
            return new StringReader("");
        }
        return Analysis.getReaderFromIndex(synonymsSet, synonymsSets.get(), lenient);
    }

    /** Each rule on its own, so that a lenient filter can leave out a rule it cannot use and keep the others. */
    private SynonymMap build(Analyzer chain, Reader rules) {
        SolrSynonymParser parser = new SolrSynonymParser(true, expand, chain);
        try (BufferedReader lines = new BufferedReader(rules)) {
            for (String rule = lines.readLine(); rule != null; rule = lines.readLine()) {
                try {
                    parser.parse(new StringReader(rule));
                } catch (ParseException | IllegalArgumentException unusable) {
                    if (!lenient) {
                        throw new IllegalArgumentException("failed to build synonyms of [" + name() + "]: " + rule, unusable);
                    }
                }
            }
            return parser.build();
        } catch (IOException unreadable) {
            throw new UncheckedIOException("cannot read the synonyms of [" + name() + "]", unreadable);
        }
    }
}
