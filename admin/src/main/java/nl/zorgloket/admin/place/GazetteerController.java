package nl.zorgloket.admin.place;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import nl.zorgloket.admin.staff.Role;
import nl.zorgloket.admin.web.ProblemException;
import nl.zorgloket.search.place.Gazetteer;
import nl.zorgloket.search.place.Municipality;
import nl.zorgloket.search.place.PostcodeArea;

import java.text.Collator;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** /api/gazetteer: the postcode areas behind "where do you live?" and distances in search. */
@Controller("/api/gazetteer")
@ExecuteOn(TaskExecutors.BLOCKING)
class GazetteerController {
    @Serdeable
    record AreaView(String pc4, String municipality, @Nullable Double lat, @Nullable Double lon) {
        static AreaView of(PostcodeArea a) {
            return new AreaView(a.pc4(), a.municipality(), a.centre() == null ? null : a.centre().lat(),
                    a.centre() == null ? null : a.centre().lon());
        }
    }

    @Serdeable
    record MunicipalityView(String name, String province) {
    }

    private final Gazetteer gazetteer;
    private final ImportPostcodes importPostcodes;

    GazetteerController(Gazetteer gazetteer, ImportPostcodes importPostcodes) {
        this.gazetteer = gazetteer;
        this.importPostcodes = importPostcodes;
    }

    @Post("/postcodes")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Secured(Role.ADMIN_NAME)
    ImportPostcodes.Result importPostcodes(HttpRequest<?> request, Authentication who, @Body byte[] body) {
        return importPostcodes.importCsv(body, who.getName(), request);
    }

    /**
     * Every municipality by name, as the CBS list spells it: the names a provider's service area takes.
     * With {@code place}, the ones that place name may mean: Lichtenvoorde is Oost Gelre; Hengelo is
     * the municipality Hengelo or a village in Bronckhorst; none for a name the tables do not know.
     */
    @Get("/municipalities")
    @Secured({Role.STAFF_NAME, Role.COORDINATOR_NAME, Role.ADMIN_NAME})
    List<MunicipalityView> municipalities(@Nullable @QueryValue String place) {
        Collection<Municipality> found = place == null ? gazetteer.municipalities()
                : !gazetteer.sharing(place).isEmpty() ? gazetteer.sharing(place)
                : gazetteer.municipality(place).map(List::of).orElse(List.of());
        Collator dutch = Collator.getInstance(Locale.of("nl", "NL"));
        return found.stream().map(m -> new MunicipalityView(m.name(), m.province()))
                .sorted(Comparator.comparing(MunicipalityView::name, dutch)).toList();
    }

    @Get("/postcodes/{pc4}")
    @Secured({Role.STAFF_NAME, Role.COORDINATOR_NAME, Role.ADMIN_NAME})
    AreaView postcode(String pc4) {
        return gazetteer.area(pc4).map(AreaView::of).orElseThrow(() -> ProblemException.notFound("Postcode area " + pc4));
    }
}
