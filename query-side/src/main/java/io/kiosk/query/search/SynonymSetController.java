package io.kiosk.query.search;

import io.kiosk.query.problems.NotFound;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;

/**
 * Staff ({@code BACK_OFFICE}, {@code ADMIN}) keep the synonyms of product search: words that mean the same to a
 * shopper ({@code 充电宝, 移动电源, power bank}). A change is in force for the very next search, without a reindex; one
 * Elasticsearch does not take is not made (503 {@code search-unavailable}, as a search answers while it is away).
 */
@RestController
@RequestMapping("/api/search/synonyms")
@Tag(name = "Search synonyms")
class SynonymSetController {

    private static final String UNAVAILABLE = "`search-unavailable`: Elasticsearch did not take the change (it is down or did"
            + " not answer); nothing was changed; ask again after `Retry-After` seconds";
    private final SynonymSets sets;

    SynonymSetController(SynonymSets sets) {
        this.sets = sets;
    }

    @GetMapping
    @Operation(operationId = "listSynonymSets", summary = "Every synonym set of product search, by id")
    List<SynonymSetView> list() {
        return sets.list();
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getSynonymSet", summary = "One synonym set", responses = {
            @ApiResponse(responseCode = "200", description = "The set", useReturnTypeSchema = true),
            @ApiResponse(responseCode = "404", description = "`not-found`: no set of that id")})
    SynonymSetView get(@PathVariable String id) {
        return sets.find(id).orElseThrow(() -> new NotFound("no synonym set " + id));
    }

    @PostMapping
    @Operation(operationId = "addSynonymSet", summary = "Add a synonym set; the next search uses it", responses = {
            @ApiResponse(responseCode = "201", description = "Added; Location names it", useReturnTypeSchema = true),
            @ApiResponse(responseCode = "400", description = "`invalid-request`: `id` or `terms[i]` at fault (2 to 20 words of"
                    + " 1 to 40 characters, with a letter or digit, no comma, `=>`, `#` or backslash, none twice)"),
            @ApiResponse(responseCode = "409", description = "`synonym-set-exists`, or `synonym-term-taken`: a word is in"
                    + " another set"),
            @ApiResponse(responseCode = "503", description = UNAVAILABLE, headers = @Header(name = "Retry-After",
                    description = "seconds to wait", schema = @Schema(type = "integer")))})
    ResponseEntity<SynonymSetView> add(@RequestBody SynonymSetChange change, Authentication who) {
        SynonymSetView added = sets.add(change, who.getName());
        return ResponseEntity.created(URI.create("/api/search/synonyms/" + added.id())).body(added);
    }

    @PutMapping("/{id}")
    @Operation(operationId = "changeSynonymSet", summary = "Replace the words of a synonym set; the next search uses them",
            responses = {
                    @ApiResponse(responseCode = "200", description = "Changed", useReturnTypeSchema = true),
                    @ApiResponse(responseCode = "400", description = "`invalid-request`: `terms[i]` at fault"),
                    @ApiResponse(responseCode = "404", description = "`not-found`: no set of that id"),
                    @ApiResponse(responseCode = "409", description = "`synonym-term-taken`: a word is in another set"),
                    @ApiResponse(responseCode = "503", description = UNAVAILABLE, headers = @Header(name = "Retry-After",
                            description = "seconds to wait", schema = @Schema(type = "integer")))})
    SynonymSetView change(@PathVariable String id, @RequestBody SynonymSetChange change, Authentication who) {
        return sets.change(id, change, who.getName());
    }

    @DeleteMapping("/{id}")
    @Operation(operationId = "removeSynonymSet", summary = "Remove a synonym set; the next search goes without it",
            responses = {
                    @ApiResponse(responseCode = "204", description = "Removed"),
                    @ApiResponse(responseCode = "404", description = "`not-found`: no set of that id"),
                    @ApiResponse(responseCode = "503", description = UNAVAILABLE, headers = @Header(name = "Retry-After",
                            description = "seconds to wait", schema = @Schema(type = "integer")))})
    ResponseEntity<Void> remove(@PathVariable String id) {
        sets.remove(id);
        return ResponseEntity.noContent().build();
    }
}
