package nl.zorgloket.search.place;

/**
 * A Dutch municipality (gemeente) as CBS lists it.
 *
 * @param centre the centroid of its area
 */
public record Municipality(String name, String province, GeoPoint centre) {
}
