package io.kiosk.infra.embedded;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.index.analysis.AbstractIndexAnalyzerProvider;
import org.elasticsearch.index.analysis.Analysis;
import org.elasticsearch.index.analysis.AnalyzerProvider;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.elasticsearch.plugins.AnalysisPlugin;
import org.elasticsearch.plugins.Plugin;

import java.util.Map;

/**
 * Provides the {@code cjk} and {@code english} analyzers, as the distribution's {@code analysis-common} module does:
 * Lucene's {@link CJKAnalyzer} (overlapping bigrams of Chinese, Japanese and Korean text, so that "充电器" finds
 * "无线充电器") and {@link EnglishAnalyzer} (possessives, stop words, Porter stemming), each with the
 * {@code stopwords} setting and {@code english} with {@code stem_exclusion}.
 *
 * <p>Why: {@code analysis-common} is not published to Maven Central, so without this an index mapped for the real
 * server (language analyzers are built into every distribution) could not be created on the embedded node. The same
 * Lucene classes do the work, so text is tokenized exactly as on the real server. Public only because Elasticsearch
 * instantiates plugins by reflection.
 */
public final class LanguageAnalyzersPlugin extends Plugin implements AnalysisPlugin {

    @Override
    public Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> getAnalyzers() {
        return Map.of(
            "cjk", (indexSettings, environment, name, settings) -> new Provider<>(name, settings,
                new CJKAnalyzer(Analysis.parseStopWords(environment, settings, CJKAnalyzer.getDefaultStopSet()))),
            "english", (indexSettings, environment, name, settings) -> new Provider<>(name, settings,
                new EnglishAnalyzer(Analysis.parseStopWords(environment, settings, EnglishAnalyzer.getDefaultStopSet()),
                    Analysis.parseStemExclusion(settings, CharArraySet.EMPTY_SET))));
    }

    static final class Provider<T extends Analyzer> extends AbstractIndexAnalyzerProvider<T> {
        private final T analyzer;

        Provider(String name, Settings settings, T analyzer) {
            super(name, settings);
            this.analyzer = analyzer;
        }

        @Override
        public T get() {
            return analyzer;
        }
    }
}
