package io.kiosk.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

/**
 * The physical limits of the Elasticsearch node the query side uses, over its REST API with nothing of
 * Kiosk in between: bulk indexing documents shaped like the order search's, and the search's own kind of
 * query sent straight to the order index.
 */
final class RawElasticsearch {

    static final String RAW_INDEX = "bench-raw-orders";
    private static final String ORDERS = "kiosk-orders";
    private static final String PRODUCTS = "kiosk-products";
    static final int BULK = 500;

    private final HttpClient http;
    private final URI node;
    private final ObjectMapper json;

    RawElasticsearch(HttpClient http, URI node, ObjectMapper json) {
        this.http = http;
        this.node = node;
        this.json = json;
    }

    /** One order document of the search index, as the projection wrote it. */
    String sampleDocument() throws IOException, InterruptedException {
        JsonNode hits = send("POST", "/" + ORDERS + "/_search", "{\"size\":1,\"query\":{\"exists\":{\"field\":\"placedAt\"}}}")
                .path("hits").path("hits");
        if (hits.isEmpty()) {
            throw new IllegalStateException("the order index is empty");
        }
        return json.writeValueAsString(hits.get(0).path("_source"));
    }

    /** Indexes {@code documents} copies of {@code document} with bulk requests of {@value #BULK}, into a fresh index with the order index's mapping; answers documents per second. */
    double bulkIndex(String document, int documents) throws IOException, InterruptedException {
        JsonNode mapping = send("GET", "/" + ORDERS + "/_mapping", null);
        JsonNode properties = mapping.elements().next().path("mappings");
        send("DELETE", "/" + RAW_INDEX + "?ignore_unavailable=true", null);
        send("PUT", "/" + RAW_INDEX, "{\"settings\":{\"number_of_shards\":1,\"number_of_replicas\":0},\"mappings\":"
                + json.writeValueAsString(properties) + "}");
        long started = System.nanoTime();
        for (int first = 0; first < documents; first += BULK) {
            StringBuilder bulk = new StringBuilder();
            for (int id = first; id < Math.min(documents, first + BULK); id++) {
                bulk.append("{\"index\":{\"_id\":\"").append(id).append("\",\"version\":").append(1)
                        .append(",\"version_type\":\"external\"}}\n").append(document).append('\n');
            }
            JsonNode answer = send("POST", "/" + RAW_INDEX + "/_bulk", bulk.toString());
            if (answer.path("errors").asBoolean()) {
                throw new IllegalStateException("raw bulk indexing failed: " + answer.toString().substring(0, 500));
            }
        }
        send("POST", "/" + RAW_INDEX + "/_refresh", null);
        double perSecond = documents / ((System.nanoTime() - started) / 1e9);
        send("DELETE", "/" + RAW_INDEX, null);
        return perSecond;
    }

    /** The order search's text query for one of {@code words}, sent straight to the index: 20 hits, newest first. */
    void search(List<String> words, long sequence) throws IOException, InterruptedException {
        String word = words.get((int) (sequence % words.size()));
        send("POST", "/" + ORDERS + "/_search", """
                {"size":20,"track_total_hits":true,"query":{"bool":{"filter":[{"exists":{"field":"placedAt"}}],
                 "must":[{"multi_match":{"query":"%s","type":"cross_fields","operator":"and","fields":["contact.name",
                 "contact.name.en","recipient.name","recipient.name.en","productNames.zh","productNames.en","categories"]}}]}},
                 "sort":[{"placedAt":"desc"},{"orderId":"asc"}]}""".formatted(word));
    }

    /**
     * A plain text query for one of {@code texts} over the product names, sent straight to the product index: what
     * product search was before it learned words, synonyms, pinyin and typos (12 hits, best first).
     */
    void plainProductSearch(List<String> texts, long sequence) throws IOException, InterruptedException {
        String text = texts.get((int) (sequence % texts.size()));
        send("POST", "/" + PRODUCTS + "/_search", """
                {"size":12,"track_total_hits":true,"query":{"multi_match":{"query":"%s","operator":"and",
                 "fields":["name.zh","name.en"]}}}""".formatted(text));
    }

    private JsonNode send(String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(node.resolve(path))
                .header("Content-Type", path.endsWith("_bulk") ? "application/x-ndjson" : "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() >= 300 && !(method.equals("DELETE") && answer.statusCode() == 404)) {
            throw new IllegalStateException(method + " " + path + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return answer.body().isEmpty() ? json.nullNode() : json.readTree(answer.body());
    }
}
