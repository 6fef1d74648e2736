package io.kiosk.projections.elasticsearch;

import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import co.elastic.clients.elasticsearch.indices.IndexSettingsAnalysis;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a search index is, whatever physical index holds it now: the alias it is read through ({@code alias}),
 * the one it is written through ({@code alias-write}), and its mapping with the mapping's version. Physical
 * indexes are named {@code alias-v<version>-<creation time>} ({@code kiosk-orders-v2-20261125-020000-000}), so
 * that the name says which mapping an index was made with; a change to the mapping that documents or queries
 * depend on must raise the version, and the index is then rebuilt (see {@link VersionedIndex}). {@code analysis}, when
 * there is one, holds the index's own analyzers and filters, which the mapping names; it is part of what the mapping
 * version stands for.
 */
public record IndexDefinition(String alias, int mappingVersion, TypeMapping mapping, IndexSettingsAnalysis analysis) {

    private static final Pattern ALIAS = Pattern.compile("[a-z][a-z0-9-]*");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);

    public IndexDefinition {
        if (alias == null || !ALIAS.matcher(alias).matches()) {
            throw new IllegalArgumentException("an index alias is lower-case letters, digits and '-': " + alias);
        }
        if (mappingVersion < 2) {
            throw new IllegalArgumentException("mapping versions start at 2: 1 is the unversioned index of old deployments");
        }
        Objects.requireNonNull(mapping, "mapping is required");
    }

    /** An index whose mapping uses only the server's analyzers. */
    public IndexDefinition(String alias, int mappingVersion, TypeMapping mapping) {
        this(alias, mappingVersion, mapping, null);
    }

    public String writeAlias() {
        return alias + "-write";
    }

    /** The name of a physical index of this mapping version created at {@code at}. */
    String physicalName(Instant at) {
        return alias + "-v" + mappingVersion + "-" + STAMP.format(at);
    }

    /**
     * The mapping version {@code index} was created with: read from its name; 1 for a concrete index named like
     * the alias (what deployments had before indexes were versioned); nothing for an index that is not ours.
     */
    OptionalInt versionOf(String index) {
        if (index.equals(alias)) {
            return OptionalInt.of(1);
        }
        Matcher versioned = Pattern.compile(Pattern.quote(alias) + "-v([0-9]{1,6})-.+").matcher(index);
        return versioned.matches() ? OptionalInt.of(Integer.parseInt(versioned.group(1))) : OptionalInt.empty();
    }

    boolean isCurrent(String index) {
        return versionOf(index).equals(OptionalInt.of(mappingVersion));
    }
}
