package london.observatory.corpus;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Mutations of a JSON document: a value of the wrong type or a member gone anywhere in the tree, nesting past
 * the depth bound, a string past the string bound, the document wrapped, cut or followed by junk.
 */
final class JsonMutations {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonMutations() {}

    static List<Mutation> all(int typeChangeSeeds) {
        return List.of(
                Mutation.seeded("type-change", typeChangeSeeds, JsonMutations::typeChange),
                Mutation.seeded("member-removed", Math.max(2, typeChangeSeeds / 2), JsonMutations::memberRemoved),
                Mutation.seeded("array-emptied", 3, JsonMutations::arrayEmptied),
                Mutation.fixed(
                        "nesting-past-depth-bound",
                        b -> ("[".repeat(5_000) + "]".repeat(5_000)).getBytes(StandardCharsets.US_ASCII)),
                Mutation.fixed(
                        "string-past-string-bound",
                        b -> tree(b, root -> {
                            if (root instanceof ObjectNode o) {
                                o.put("zzz", "x".repeat(1_100_000));
                            }
                        })),
                Mutation.fixed(
                        "top-level-array",
                        b -> ByteMutations.concat(
                                "[".getBytes(StandardCharsets.US_ASCII),
                                ByteMutations.concat(b, "]".getBytes(StandardCharsets.US_ASCII)))),
                Mutation.fixed("top-level-string", b -> "\"not a document\"".getBytes(StandardCharsets.US_ASCII)),
                Mutation.fixed(
                        "trailing-garbage",
                        b -> ByteMutations.concat(b, "}}]] garbage".getBytes(StandardCharsets.US_ASCII))),
                Mutation.fixed(
                        "comment", b -> ByteMutations.concat("// a comment\n".getBytes(StandardCharsets.US_ASCII), b)),
                Mutation.fixed(
                        "nan-number",
                        b -> new String(b, StandardCharsets.UTF_8)
                                .replaceFirst(":\\s*-?\\d+(\\.\\d+)?", ": NaN")
                                .getBytes(StandardCharsets.UTF_8)),
                Mutation.fixed(
                        "utf16le", b -> new String(b, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16LE)));
    }

    static byte[] tree(byte[] bytes, Consumer<JsonNode> change) {
        JsonNode root = JSON.readTree(bytes);
        change.accept(root);
        return JSON.writeValueAsBytes(root);
    }

    /** Every container in the tree with the key (a member name or an index) of each of its children. */
    private record Slot(JsonNode parent, String member, int index) {}

    private static List<Slot> slots(JsonNode root) {
        List<Slot> slots = new ArrayList<>();
        collect(root, slots);
        return slots;
    }

    private static void collect(JsonNode node, List<Slot> slots) {
        if (node instanceof ObjectNode object) {
            for (String name : List.copyOf(object.propertyNames())) {
                slots.add(new Slot(object, name, -1));
                collect(object.get(name), slots);
            }
        } else if (node instanceof ArrayNode array) {
            // a long array (a cube's values, a ring's points) is sampled at its ends, not slot by slot
            for (int i = 0; i < array.size(); i++) {
                if (i < 3 || i >= array.size() - 2) {
                    slots.add(new Slot(array, null, i));
                    collect(array.get(i), slots);
                }
            }
        }
    }

    private static JsonNode otherType(JsonNode was, SplittableRandom random) {
        List<JsonNode> choices = new ArrayList<>(List.of(
                NODES.nullNode(),
                NODES.stringNode("abc"),
                NODES.numberNode(-1),
                NODES.numberNode(1e308),
                NODES.booleanNode(true),
                NODES.arrayNode(),
                NODES.objectNode(),
                NODES.arrayNode().add(1).add("two"),
                NODES.stringNode("")));
        choices.removeIf(c -> c.getNodeType() == was.getNodeType() && c.equals(was));
        return choices.get(random.nextInt(choices.size()));
    }

    private static byte[] typeChange(byte[] bytes, SplittableRandom random) {
        return tree(bytes, root -> {
            List<Slot> slots = slots(root);
            if (slots.isEmpty()) {
                return;
            }
            Slot slot = slots.get(random.nextInt(slots.size()));
            if (slot.parent() instanceof ObjectNode o) {
                o.set(slot.member(), otherType(o.get(slot.member()), random));
            } else if (slot.parent() instanceof ArrayNode a) {
                a.set(slot.index(), otherType(a.get(slot.index()), random));
            }
        });
    }

    private static byte[] memberRemoved(byte[] bytes, SplittableRandom random) {
        return tree(bytes, root -> {
            List<Slot> members =
                    slots(root).stream().filter(s -> s.member() != null).toList();
            if (!members.isEmpty()) {
                Slot slot = members.get(random.nextInt(members.size()));
                ((ObjectNode) slot.parent()).remove(slot.member());
            }
        });
    }

    private static byte[] arrayEmptied(byte[] bytes, SplittableRandom random) {
        return tree(bytes, root -> {
            List<ArrayNode> arrays = new ArrayList<>();
            for (Slot slot : slots(root)) {
                JsonNode child = slot.member() != null
                        ? slot.parent().get(slot.member())
                        : slot.parent().get(slot.index());
                if (child instanceof ArrayNode a) {
                    arrays.add(a);
                }
            }
            if (!arrays.isEmpty()) {
                arrays.get(random.nextInt(arrays.size())).removeAll();
            }
        });
    }
}
