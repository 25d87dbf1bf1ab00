package nl.zorgloket.search.place;

/**
 * A four-digit postcode area, the municipality it lies in and, when known, its approximate centre.
 *
 * @param centre null when the table it came from gave no coordinates
 */
public record PostcodeArea(String pc4, String municipality, GeoPoint centre) {
}
