package nl.zorgloket.search.provider;

import nl.zorgloket.search.place.GeoPoint;

import java.util.List;

/**
 * A care provider as the index sees it. The database holds the full record; this is what
 * search needs to find, filter and explain.
 *
 * @param ageMin youngest client age served, null when there is no lower bound
 * @param ageMax oldest client age served, null when there is no upper bound
 * @param version the version of the database row it was read from: the index knows what it is behind on
 * @param location where the provider works from, for ranking by distance; null when unknown
 */
public record Provider(
        String externalId,
        String name,
        String description,
        List<String> expertise,
        List<String> municipalities,
        Integer ageMin,
        Integer ageMax,
        boolean acceptingClients,
        long version,
        GeoPoint location) {

    public Provider {
        expertise = List.copyOf(expertise);
        municipalities = List.copyOf(municipalities);
    }

    /** A provider that was never stored (tests, benchmarks): version 0. */
    public Provider(String externalId, String name, String description, List<String> expertise,
                    List<String> municipalities, Integer ageMin, Integer ageMax, boolean acceptingClients) {
        this(externalId, name, description, expertise, municipalities, ageMin, ageMax, acceptingClients, 0, null);
    }

    /** A stored provider without a known location. */
    public Provider(String externalId, String name, String description, List<String> expertise,
                    List<String> municipalities, Integer ageMin, Integer ageMax, boolean acceptingClients, long version) {
        this(externalId, name, description, expertise, municipalities, ageMin, ageMax, acceptingClients, version, null);
    }
}
