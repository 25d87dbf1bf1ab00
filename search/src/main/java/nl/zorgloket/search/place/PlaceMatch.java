package nl.zorgloket.search.place;

/**
 * Where a client lives, as read from what they wrote.
 *
 * @param said the place as the client named it (a village, a town, a municipality, or a postcode)
 * @param municipality the municipality that place lies in
 * @param postcode the postcode when one was given ("7141 AB"), else null
 */
public record PlaceMatch(String said, Municipality municipality, String postcode) {
}
