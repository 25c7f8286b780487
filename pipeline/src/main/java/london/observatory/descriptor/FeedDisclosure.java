package london.observatory.descriptor;

/**
 * A record-level feed's {@code disclosure} block: how its counts are protected in open outputs. Cell-key
 * perturbation unless the descriptor says {@code none}, with the {@code reason} exact counts are safe (records
 * about sites or services, not people); those counts are then published like any other, under the feed's
 * access tier.
 */
public record FeedDisclosure(String method, String reason) {

    public static final String CELL_KEY_PERTURBATION = "cell-key-perturbation";
    public static final String NONE = "none";
    /** What a record-level feed gets when its descriptor has no {@code disclosure} block. */
    public static final FeedDisclosure DEFAULT = new FeedDisclosure(CELL_KEY_PERTURBATION, null);

    public FeedDisclosure {
        if (!CELL_KEY_PERTURBATION.equals(method) && !NONE.equals(method)) {
            throw new IllegalArgumentException(
                    "disclosure method must be " + CELL_KEY_PERTURBATION + " or " + NONE + ", not " + method);
        }
        if (NONE.equals(method) && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("disclosure method none must give its reason");
        }
    }

    public boolean perturbed() {
        return CELL_KEY_PERTURBATION.equals(method);
    }
}
