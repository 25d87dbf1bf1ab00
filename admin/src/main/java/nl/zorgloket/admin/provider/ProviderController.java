package nl.zorgloket.admin.provider;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import nl.zorgloket.admin.audit.RecordAudit;
import nl.zorgloket.admin.staff.Role;
import nl.zorgloket.admin.web.InvalidField;
import nl.zorgloket.admin.web.ProblemException;
import nl.zorgloket.intake.provider.ProviderDirectory;
import nl.zorgloket.intake.provider.ProviderImport;
import nl.zorgloket.intake.provider.ProviderRecord;
import nl.zorgloket.intake.provider.ProviderRepository;

import java.util.List;

/** /api/providers: admins keep the provider directory; staff search it. */
@Controller("/api/providers")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Role.ADMIN_NAME)
class ProviderController {
    private static final int MAX_PAGE_SIZE = 200;

    @Serdeable
    record PageView(@JsonInclude(JsonInclude.Include.ALWAYS) List<ProviderView> items, int page, int size, long total) {
    }

    @Serdeable
    record Reindexed(int indexed) {
    }

    private final ProviderRepository providers;
    private final ProviderDirectory directory;
    private final SaveProvider saveProvider;
    private final ImportProviders importProviders;
    private final SearchProviders searchProviders;
    private final RecordAudit audit;

    ProviderController(ProviderRepository providers, ProviderDirectory directory, SaveProvider saveProvider,
                       ImportProviders importProviders, SearchProviders searchProviders, RecordAudit audit) {
        this.providers = providers;
        this.directory = directory;
        this.saveProvider = saveProvider;
        this.importProviders = importProviders;
        this.searchProviders = searchProviders;
        this.audit = audit;
    }

    /** Providers by name, a page at a time; {@code active=false} lists the deactivated ones. */
    @Get
    PageView list(@QueryValue(defaultValue = "0") int page, @QueryValue(defaultValue = "50") int size,
                  @QueryValue(defaultValue = "true") boolean active) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw ProblemException.invalid(List.of(InvalidField.of(page < 0 ? "page" : "size",
                    page < 0 ? "page starts at 0." : "size is 1 to " + MAX_PAGE_SIZE + ".")));
        }
        Page<ProviderRecord> found = providers.findByActive(active,
                Pageable.from(page, size, Sort.of(Sort.Order.asc("name"), Sort.Order.asc("externalId"))));
        return new PageView(found.getContent().stream().map(this::view).toList(), page, size, found.getTotalSize());
    }

    @Get("/{externalId}")
    ProviderView get(String externalId) {
        return providers.findByExternalId(externalId).map(this::view)
                .orElseThrow(() -> ProblemException.notFound("Provider '" + externalId + "'"));
    }

    @Post
    @Status(HttpStatus.CREATED)
    ProviderView create(HttpRequest<?> request, Authentication who, @Body ProviderImport provider) {
        saveProvider.create(provider, who.getName(), request);
        return get(provider.externalId());
    }

    @Put("/{externalId}")
    ProviderView replace(HttpRequest<?> request, Authentication who, String externalId,
                         @Body ProviderImport provider) {
        saveProvider.replace(externalId, provider, who.getName(), request);
        return get(externalId);
    }

    /** Deactivates: the provider leaves search at once; its row stays, and PUT brings it back. */
    @Delete("/{externalId}")
    HttpResponse<Void> deactivate(HttpRequest<?> request, Authentication who, String externalId) {
        if (!directory.deactivate(externalId)) {
            throw ProblemException.notFound("Provider '" + externalId + "'");
        }
        audit.record(who.getName(), request, "DEACTIVATE", "provider", externalId, null, null);
        return HttpResponse.noContent();
    }

    @Post("/import")
    @Consumes(MediaType.APPLICATION_JSON)
    ImportProviders.Result importAll(HttpRequest<?> request, Authentication who, @Body byte[] body) {
        return importProviders.importAll(body, who.getName(), request);
    }

    @Post("/reindex")
    Reindexed reindex(HttpRequest<?> request, Authentication who) {
        int indexed = directory.rebuildIndex();
        audit.record(who.getName(), request, "REINDEX", "provider", null, null, indexed + " providers");
        return new Reindexed(indexed);
    }

    @Get("/search")
    @Secured({Role.STAFF_NAME, Role.COORDINATOR_NAME, Role.ADMIN_NAME})
    SearchProviders.Result search(@Nullable @QueryValue String q, @Nullable @QueryValue String municipality,
                                  @Nullable @QueryValue String postcode, @Nullable @QueryValue Integer age,
                                  @Nullable @QueryValue Integer limit, @Nullable @QueryValue String lang) {
        return searchProviders.search(q, municipality, postcode, age, limit, lang);
    }

    private ProviderView view(ProviderRecord r) {
        return new ProviderView(directory.toImport(r), r.active(), r.demo(), r.version() == null ? 0 : r.version(),
                r.updatedAt());
    }
}
