package io.kiosk.infra.embedded;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.elasticsearch.index.analysis.AbstractTokenizerFactory;
import org.elasticsearch.index.analysis.Analysis;
import org.elasticsearch.index.analysis.AnalyzerProvider;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.elasticsearch.index.analysis.TokenizerFactory;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.elasticsearch.plugins.AnalysisPlugin;
import org.elasticsearch.plugins.Plugin;

import java.util.Map;

/**
 * Provides what the official {@code analysis-smartcn} plugin provides, under its names: the analyzer {@code smartcn}
 * (Lucene's {@link SmartChineseAnalyzer}: Chinese word segmentation with a hidden Markov model and its dictionary,
 * "无线充电器" → "无线", "充电器"; English words stemmed), the tokenizer {@code smartcn_tokenizer}
 * ({@link HMMChineseTokenizer}) and the token filter {@code smartcn_stop} (the analyzer's stop set: punctuation,
 * and any {@code stopwords} given, {@code _smartcn_} naming the default set).
 *
 * <p>Why: the plugin is not on Maven Central, but the Lucene module it wraps is; with the same classes and the same
 * names, an index mapped for a real server that has the plugin installed (the compose stack's image does) is created
 * and analysed the same way on the embedded node. Public only because Elasticsearch instantiates plugins by
 * reflection.
 */
public final class SmartChineseAnalysisPlugin extends Plugin implements AnalysisPlugin {

    @Override
    public Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> getAnalyzers() {
        return Map.of("smartcn", (indexSettings, environment, name, settings) ->
            new LanguageAnalyzersPlugin.Provider<>(name, settings, new SmartChineseAnalyzer(SmartChineseAnalyzer.getDefaultStopSet())));
    }

    @Override
    public Map<String, AnalysisProvider<TokenizerFactory>> getTokenizers() {
        return Map.of("smartcn_tokenizer", (indexSettings, environment, name, settings) ->
            new AbstractTokenizerFactory(indexSettings, settings, name) {
                @Override
                public Tokenizer create() {
                    return new HMMChineseTokenizer();
                }
            });
    }

    @Override
    public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
        return Map.of("smartcn_stop", (indexSettings, environment, name, settings) -> {
            CharArraySet stopWords = Analysis.parseWords(environment, settings, "stopwords",
                SmartChineseAnalyzer.getDefaultStopSet(), Map.of("_smartcn_", SmartChineseAnalyzer.getDefaultStopSet()),
                settings.getAsBoolean("ignore_case", false));
            return new AbstractTokenFilterFactory(name, settings) {
                @Override
                public TokenStream create(TokenStream tokenStream) {
                    return new StopFilter(tokenStream, stopWords);
                }
            };
        });
    }
}
