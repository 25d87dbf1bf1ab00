package nl.zorgloket.search.care;

/** A kind of care clients ask for and providers offer ("dagbesteding", "autisme"). */
public record CareCategory(String code, String labelNl, String labelEn) {
    public String label(String language) {
        return "en".equals(language) ? labelEn : labelNl;
    }
}
