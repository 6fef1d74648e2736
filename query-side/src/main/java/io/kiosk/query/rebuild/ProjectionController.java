package io.kiosk.query.rebuild;

import io.kiosk.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
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
    @Operation(summary = "Every projection's processor: status (LIVE, REPLAYING, STOPPED, ERROR), segments held, "
            + "position, dead letters, last replay; with the head of the event log (back office)")
    ProjectionList all() {
        return projections.all();
    }

    @GetMapping("/{name}")
    @Operation(summary = "One projection's processor, with the progress of its last replay (back office)")
    ProjectionView one(@PathVariable String name) {
        return projections.view(name);
    }

    @PostMapping("/{name}/replay")
    @Operation(summary = "Empty the projection's read model and rebuild it from the start of the event log while the "
            + "rest of the system runs on; 409 while it is replaying already (back office)")
    ResponseEntity<ProjectionView> replay(@PathVariable String name) {
        ProjectionView started = projections.replay(name, Caller.current().accountId());
        return ResponseEntity.accepted().location(URI.create("/api/admin/projections/" + name)).body(started);
    }
}
