package london.observatory.extract;

import java.util.Objects;

/**
 * A disclosure control rule the database an extract reads was built under (for example cell-key
 * perturbation of counts from borough records), recorded in the extract's metadata. The extracts engine
 * applies none itself: the caller passes the rules of the database it chose, the open one for open extracts.
 *
 * @param id          short stable name, e.g. {@code cell-key-perturbation}
 * @param description one sentence for the person reading the metadata
 */
public record DisclosureRule(String id, String description) {

    public DisclosureRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(description, "description");
    }
}
