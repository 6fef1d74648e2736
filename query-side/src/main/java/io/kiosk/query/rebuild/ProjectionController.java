package io.kiosk.query.rebuild;

import io.kiosk.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

/** The back office's view of the projections' processors, and their rebuilds. */
@RestController
@RequestMapping("/api/admin/projections")
@Tag(name = "Projections")
class ProjectionController {

    private final Projections projections;

    ProjectionController(Projections projections) {
        this.projections = projections;
    }

    @GetMapping
    @Operation(operationId = "listProjections", summary = "Every projection's processor: status, segments held, position, dead "
            + "letters, last replay; with the head of the event log")
    ProjectionList all() {
        return projections.all();
    }

    @GetMapping("/{name}")
    @Operation(operationId = "getProjection", summary = "One projection's processor, with the progress of its last replay", responses = {
            @ApiResponse(responseCode = "200", description = "The projection", useReturnTypeSchema = true),
            @ApiResponse(responseCode = "404", description = "`not-found`: no projection of that name")})
    ProjectionView one(@PathVariable String name) {
        return projections.view(name);
    }

    @PostMapping("/{name}/replay")
    @Operation(operationId = "replayProjection", summary = "Empty the projection's read model and rebuild it from the start of the "
            + "event log while the rest of the system runs on", responses = {
            @ApiResponse(responseCode = "202", description = "The replay started; `Location` is where to follow it",
                    useReturnTypeSchema = true, headers = @Header(name = "Location", description = "where to follow the replay",
                    schema = @Schema(type = "string", format = "uri-reference"))),
            @ApiResponse(responseCode = "404", description = "`not-found`: no projection of that name"),
            @ApiResponse(responseCode = "409", description = "`replay-in-progress`; `replay-refused`: its segments could not be claimed")})
    ResponseEntity<ProjectionView> replay(@PathVariable String name) {
        ProjectionView started = projections.replay(name, Caller.current().accountId());
        return ResponseEntity.accepted().location(URI.create("/api/admin/projections/" + name)).body(started);
    }
}
