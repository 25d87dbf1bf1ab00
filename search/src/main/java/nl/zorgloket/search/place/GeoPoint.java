package nl.zorgloket.search.place;

import org.apache.lucene.util.SloppyMath;

/** A point on the map, in degrees (WGS 84). */
public record GeoPoint(double lat, double lon) {
    public GeoPoint {
        if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
            throw new IllegalArgumentException("not a point on earth: " + lat + ", " + lon);
        }
    }

    public double distanceKm(GeoPoint other) {
        return SloppyMath.haversinMeters(lat, lon, other.lat, other.lon) / 1000.0;
    }
}
