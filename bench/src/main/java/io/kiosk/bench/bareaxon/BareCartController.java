package io.kiosk.bench.bareaxon;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;
import java.util.UUID;

/** The baseline's commands over HTTP, shaped as Kiosk's are: the same paths, an item body with options, 201 answers. */
@RestController
class BareCartController {

    private final CommandGateway commands;

    BareCartController(CommandGateway commands) {
        this.commands = commands;
    }

    @PostMapping("/api/carts")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> open() {
        String cartId = UUID.randomUUID().toString();
        commands.sendAndWait(new BareCart.OpenCart(cartId));
        return Map.of("cartId", cartId);
    }

    @PostMapping("/api/carts/{cartId}/items")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> add(@PathVariable String cartId, @RequestBody Item item) {
        String itemId = commands.sendAndWait(new BareCart.AddItem(cartId, item.productId(), item.options(), item.quantity()));
        return Map.of("itemId", itemId);
    }

    /** An item as Kiosk's add-to-cart takes it (Kiosk's unitPrice and other fields, if sent, are ignored here). */
    record Item(String productId, Map<String, Object> options, int quantity) {
    }
}
