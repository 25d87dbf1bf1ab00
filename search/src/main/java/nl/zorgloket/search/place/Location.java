package nl.zorgloket.search.place;

import java.util.Objects;

/**
 * Where a client is, as near as the tables tell.
 *
 * @param point the centre of the client's postcode area or of their municipality
 * @param precision which of the two: a municipality's centre can lie kilometres from the client's
 *                  home, good enough to rank providers by distance but not to tell the client how far
 *                  one is
 */
public record Location(GeoPoint point, Precision precision) {
    public enum Precision {
        /** The centre of a four-digit postcode area: a few kilometres across at most. */
        POSTCODE_AREA,
        /** The centre of a municipality. */
        MUNICIPALITY
    }

    public Location {
        Objects.requireNonNull(point, "point");
        Objects.requireNonNull(precision, "precision");
    }

    /** Whether a distance from here means something to the client ("op 4 km"). */
    public boolean tellsDistance() {
        return precision == Precision.POSTCODE_AREA;
    }
}
