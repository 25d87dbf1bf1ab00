package nl.zorgloket.admin.provider;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import nl.zorgloket.admin.audit.AuditAction;
import nl.zorgloket.admin.audit.AuditObject;
import nl.zorgloket.admin.audit.RecordAudit;
import nl.zorgloket.admin.staff.Role;
import nl.zorgloket.admin.web.IfMatch;
import nl.zorgloket.admin.web.InvalidField;
import nl.zorgloket.admin.web.ProblemException;
import nl.zorgloket.intake.db.Like;
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
    private static final int MAX_QUERY = 200;

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

    /**
     * Providers by name, a page at a time; {@code active=false} lists the deactivated ones, {@code q}
     * only those whose name or external id holds it (any case, any accents).
     */
    @Get
    PageView list(@QueryValue(defaultValue = "0") int page, @QueryValue(defaultValue = "50") int size,
                  @QueryValue(defaultValue = "true") boolean active, @Nullable @QueryValue String q) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw ProblemException.invalid(List.of(InvalidField.of(page < 0 ? "page" : "size",
                    page < 0 ? "page starts at 0." : "size is 1 to " + MAX_PAGE_SIZE + ".")));
        }
        if (q != null && q.length() > MAX_QUERY) {
            throw ProblemException.invalid(List.of(InvalidField.of("q", "q is at most " + MAX_QUERY + " characters.")));
        }
        Pageable pageable = Pageable.from(page, size, Sort.of(Sort.Order.asc("name"), Sort.Order.asc("externalId")));
        Page<ProviderRecord> found = q == null || q.isBlank() ? providers.findByActive(active, pageable)
                : providers.findByActiveMatching(active, Like.containing(q.strip()), pageable);
        return new PageView(found.getContent().stream().map(this::view).toList(), page, size, found.getTotalSize());
    }

    /** One provider; its ETag is its version, for {@code If-Match} on a change. */
    @Get("/{externalId}")
    HttpResponse<ProviderView> get(String externalId) {
        return withEtag(HttpResponse.ok(), externalId);
    }

    @Post
    HttpResponse<ProviderView> create(HttpRequest<?> request, Authentication who, @Body ProviderImport provider) {
        saveProvider.create(provider, who.getName(), request);
        return withEtag(HttpResponse.status(HttpStatus.CREATED), provider.externalId());
    }

    /** Replaces the provider; with {@code If-Match} only while it is at the version read (else 412). */
    @Put("/{externalId}")
    HttpResponse<ProviderView> replace(HttpRequest<?> request, Authentication who, String externalId,
                                       @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch,
                                       @Body ProviderImport provider) {
        saveProvider.replace(externalId, provider, ifMatch, who.getName(), request);
        return withEtag(HttpResponse.ok(), externalId);
    }

    /** Deactivates: the provider leaves search at once; its row stays, and PUT brings it back. */
    @Delete("/{externalId}")
    HttpResponse<Void> deactivate(HttpRequest<?> request, Authentication who, String externalId,
                                  @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch) {
        saveProvider.deactivate(externalId, ifMatch, who.getName(), request);
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
        audit.record(who.getName(), request, AuditAction.REINDEX, AuditObject.PROVIDER, null, null, indexed + " providers");
        return new Reindexed(indexed);
    }

    @Get("/search")
    @Secured({Role.STAFF_NAME, Role.COORDINATOR_NAME, Role.ADMIN_NAME})
    SearchProviders.Result search(@Nullable @QueryValue String q, @Nullable @QueryValue String municipality,
                                  @Nullable @QueryValue String postcode, @Nullable @QueryValue Integer age,
                                  @Nullable @QueryValue Integer limit, @Nullable @QueryValue String lang) {
        return searchProviders.search(q, municipality, postcode, age, limit, lang);
    }

    private HttpResponse<ProviderView> withEtag(MutableHttpResponse<ProviderView> response, String externalId) {
        ProviderView view = providers.findByExternalId(externalId).map(this::view)
                .orElseThrow(() -> ProblemException.notFound("Provider '" + externalId + "'"));
        return response.body(view).header(HttpHeaders.ETAG, IfMatch.etag(view.version()));
    }

    private ProviderView view(ProviderRecord r) {
        return new ProviderView(directory.toImport(r), r.active(), r.demo(), r.version() == null ? 0 : r.version(),
                r.updatedAt());
    }
}
