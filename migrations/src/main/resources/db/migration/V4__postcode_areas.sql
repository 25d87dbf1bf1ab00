-- Four-digit postcode areas an admin imported (POST /api/gazetteer/postcodes): they lie over the
-- table bundled with the service, and their centres let search rank providers by distance.

CREATE TABLE postcode_area (
    pc4          CHAR(4)      NOT NULL PRIMARY KEY,
    municipality VARCHAR(100) NOT NULL,
    lat          DOUBLE       NULL,
    lon          DOUBLE       NULL,
    updated_at   DATETIME(6)  NOT NULL,
    INDEX ix_postcode_area_updated (updated_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
