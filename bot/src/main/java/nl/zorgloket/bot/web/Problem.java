package nl.zorgloket.bot.web;

import io.micronaut.serde.annotation.Serdeable;

/** An RFC 9457 problem detail: the body of every 4xx this service gives. */
@Serdeable
public record Problem(String type, String title, int status, String detail) {
}
