package london.observatory.extract;

import java.util.List;

/** The columns of every extract, in every format, in this order, with what each holds (for the Data Package). */
final class ExtractColumns {

    /** A column: its name, its Frictionless type and what it holds. */
    record Column(String name, String type, String description) {}

    static final List<Column> ALL = List.of(
            new Column(
                    "area_code",
                    "string",
                    "GSS code of the area (LSOA 2021, MSOA 2021, ward, borough or London); custom for the total row"),
            new Column("area_name", "string", "Name of the area; for the total row, how many areas it adds up"),
            new Column("area_level", "string", "lsoa21, msoa21, ward, lad (borough), region (London) or custom"),
            new Column("indicator_id", "string", "Stable id of the indicator in the observatory's catalogue"),
            new Column("indicator_title", "string", "Short title of the indicator"),
            new Column("unit", "string", "Unit of the value"),
            new Column(
                    "period",
                    "string",
                    "Period in ISO 8601: a month 2024-06, a year 2021, a day 2024-06-30, a longer span as its first"
                            + " and last months (a quarter 2024-04/2024-06, a financial year 2023-04/2024-03)"),
            new Column(
                    "value",
                    "number",
                    "The value; empty when it is withheld or cannot be given, and then flag says why (never 0)"),
            new Column(
                    "flag",
                    "string",
                    "Empty for a value as published; suppressed (withheld), apportioned, estimated, inherited,"
                            + " perturbed (a count from borough case lists, protected by cell-key perturbation),"
                            + " incomplete (a sum missing a part), not-additive (a rate without its parts, a score,"
                            + " rank or decile: never summed)"),
            new Column(
                    "method",
                    "string",
                    "How the value reached the area: direct, lsoa11-merge, lsoa11-split, gp-weighted, postcode, ...,"
                            + " rollup (summed from LSOAs), rollup-best-fit (wards), custom-total (the total row)"),
            new Column("source", "string", "Publisher of the data"));

    static final String[] NAMES = ALL.stream().map(Column::name).toArray(String[]::new);

    private ExtractColumns() {}
}
