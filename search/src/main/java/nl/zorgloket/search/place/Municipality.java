package nl.zorgloket.search.place;

/** A Dutch municipality (gemeente) as CBS lists it. */
public record Municipality(String name, String province) {
}
